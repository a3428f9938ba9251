using Microsoft.CodeAnalysis.Text;
using ToneCheck.Lexicons;
using ToneCheck.Text;

namespace ToneCheck.Rules.Mechanisms;

/// <summary>
/// A line rule driven by lexicon sections: every match in the writer's text is reported from its first word to
/// the end of its clause, unless a guard the rule asks for cancels it (negation, hypothetical, a sentence that
/// clears the reader). The message quotes the words: <see cref="ToneRule.Messages"/> has a "message", and a
/// "message.SECTION" where a section needs its own wording. The suggestion comes from the pattern's
/// <c>=&gt;</c> note (written in the lexicon's language), else the rule's "suggestion".
/// </summary>
public abstract class PhraseRule : ToneRule
{
    public override RuleKind Kind => RuleKind.Line;

    /// <summary>Lexicon sections (<c>file/section</c>) whose matches this rule reports.</summary>
    protected abstract IReadOnlyList<string> Sections { get; }

    protected virtual bool GuardNegation => true;

    /// <summary>Also cancel a match whose own verb is negated ("you are not difficult"); for predications.</summary>
    protected virtual bool GuardInnerNegation => false;
    protected virtual bool GuardHypothetical => true;
    protected virtual bool GuardClearedReader => false;

    public override void Analyze(RuleContext context)
    {
        foreach (var sentence in context.Letter.Sentences)
        {
            if (GuardClearedReader && Scope.ClearsTheReader(context, sentence)) continue;
            foreach (var section in Sections)
            {
                foreach (var match in Find(context, sentence, section))
                {
                    if (GuardNegation && Scope.IsNegated(context, sentence, match, GuardInnerNegation)) continue;
                    if (GuardHypothetical && Scope.IsHypothetical(context, sentence, match)) continue;
                    if (!Accept(context, sentence, match)) continue;
                    var span = ReportedSpan(context.Lexicon, sentence, match);
                    var quote = context.Letter.Text.ToString(span);
                    context.Report(span, SectionMessage(context, section, quote), match.Pattern.Note ?? context.Say("suggestion"), ("section", section));
                }
            }
        }
    }

    /// <summary>The message for a finding of <paramref name="section"/>: its own wording, else the rule's general one.</summary>
    protected string SectionMessage(RuleContext context, string section, string quote) =>
        context.Say(Messages.ContainsKey("message." + section) ? "message." + section : "message", quote);

    /// <summary>The matches of one of <see cref="Sections"/> in a sentence; a rule whose patterns are not lexicon
    /// sections (a rule pack's) finds them in its own <see cref="PatternSet"/>.</summary>
    protected virtual IReadOnlyList<PatternMatch> Find(RuleContext context, Sentence sentence, string section) =>
        context.Lexicon.Find(sentence, section, context.Match);

    /// <summary>A last, rule-specific check on a match.</summary>
    protected virtual bool Accept(RuleContext context, Sentence sentence, PatternMatch match) => true;

    private const int MaxTrailingTokens = 24;

    /// <summary>From the first matched word to the end of its clause: what a reader would underline.</summary>
    public static TextSpan ReportedSpan(Lexicon lexicon, Sentence sentence, PatternMatch match)
    {
        // A run-on "sentence" without punctuation can be a page long: underline at most a line's worth.
        int end = Math.Max(match.End, Math.Min(Clause.End(lexicon, sentence, match.End), match.End + MaxTrailingTokens));
        while (end - 1 > match.Start && sentence.Tokens[end - 1].Kind == TokenKind.Punctuation) end--;
        return sentence.SpanOf(match.Start, end - 1);
    }
}
