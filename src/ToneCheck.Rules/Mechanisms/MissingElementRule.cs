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

    /// <summary>The sentence to insert, offered as the suggested rewrite.</summary>
    protected abstract string Suggestion { get; }

    protected abstract string MissingMessage { get; }

    protected abstract bool IsPresent(RuleContext context);

    public override void Analyze(RuleContext context)
    {
        if (context.Letter.Sentences.IsEmpty || IsPresent(context)) return;
        TextSpan anchor = Place == ElementPlace.Opening ? context.OpeningAnchor() : context.ClosingAnchor();
        context.Report(anchor, MissingMessage, Suggestion, Insertion.For(context.Letter, Place, Suggestion),
            ("place", Place.ToString().ToLowerInvariant()));
    }
}
