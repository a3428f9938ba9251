using Microsoft.CodeAnalysis.Text;

namespace ToneCheck.Rules.Mechanisms;

/// <summary>Where a missing element belongs in the letter (RULES.md): the opening, or the closing.</summary>
public enum ElementPlace { Opening, Closing }

/// <summary>
/// A document rule: reported once per letter, at the place the element belongs, when no sentence of the
/// writer's text carries it. Subclasses say what counts as the element when a lexicon section is not enough.
/// </summary>
public abstract class MissingElementRule : ToneRule
{
    public override RuleKind Kind => RuleKind.Document;

    protected abstract ElementPlace Place { get; }

    /// <summary>A missing element's two texts: the message, and the sentence to insert (written in the letter's language).</summary>
    protected static IReadOnlyDictionary<string, string> Wording(string missing, string insert) =>
        new Dictionary<string, string> { ["missing"] = missing, ["insert"] = insert };

    protected abstract bool IsPresent(RuleContext context);

    public override void Analyze(RuleContext context)
    {
        if (context.Letter.Sentences.IsEmpty || IsPresent(context)) return;
        TextSpan anchor = Place == ElementPlace.Opening ? context.OpeningAnchor() : context.ClosingAnchor();
        // The message is advice to the writer, in the messages' language; the sentence goes into the letter, so it
        // is always in the letter's own language.
        var sentence = context.Write("insert");
        context.Report(anchor, context.Say("missing"), sentence, Insertion.For(context.Letter, Place, sentence),
            ("place", Place.ToString().ToLowerInvariant()));
    }
}
