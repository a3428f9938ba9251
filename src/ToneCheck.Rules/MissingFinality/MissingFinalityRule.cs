using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ToneCheck.Rules.Mechanisms;
using ToneCheck.Text;
using static ToneCheck.Rules.RuleExample;

namespace ToneCheck.Rules.MissingFinality;

/// <summary>
/// TC006: no clear statement that the relationship ends. A hedged, conditional or temporary ending is not one;
/// an end that is only implied (records sent on) is not one either. A clear end with no date is TC009, not this.
/// </summary>
public sealed class MissingFinalityRule : MissingElementRule
{
    public override DiagnosticDescriptor Descriptor { get; } = Describe(RuleIds.MissingFinality, "Missing clear end",
        "{0}", DiagnosticSeverity.Error,
        "Be clear and final: state plainly that the service ends, in simple, firm wording.");

    public override string Name => "missing-finality";

    public override string Advice =>
        "Be clear and final. State plainly that the service ends, and from when, in simple and firm wording, so the " +
        "customer understands the decision is final and not open to negotiation. An ending that is only implied " +
        "(\"we will send your records to your new provider\") is not a clear end.";

    public override ImmutableArray<RuleExample> Examples { get; } =
    [
        Flag("Hi Tom,\n\nWe need to talk about whether it still makes sense for us to do your books. Can you call me this week?\n\nAnna"),
        Flag("Dear Mr Ross,\n\nWe can offer emergency care only for the next 30 days, and we will send your records to your new provider.\n\nRegards,\nDr Hall", "an implied end"),
        Pass("Subject: Ending our agreement on 30 June\n\nHi Sam,\n\nThank you for the last two years. Your files will be sent by Friday.\n\nBest,\nAlex", "finality in the Subject line counts"),
        Pass("Hi Sam,\n\nWe will no longer be able to provide your bookkeeping after 30 June.\n\nBest,\nAlex"),
        Pass("Hi Dave, just to let you know we won't be taking on any more jobs from Parkside after the end of this month."),
    ];

    protected override ElementPlace Place => ElementPlace.Opening;

    public override IReadOnlyDictionary<string, string> Messages { get; } = Wording(
        missing: "The letter never says plainly that the relationship ends; state the decision and its date in one firm sentence.",
        insert: "We have decided to end our agreement, and our last day of service will be [date].");

    protected override bool IsPresent(RuleContext context) =>
        context.Letter.Sentences.Any(s => context.Facts.Carries(s, "finality/present") && !Undercut(context, s));

    // A hedge, a condition or a temporary pause in the same sentence takes the finality back.
    private static bool Undercut(RuleContext context, Sentence s) =>
        context.Lexicon.Contains(s, "negotiable/hedge", context.Match)
        || context.Lexicon.Contains(s, "negotiable/uncertain", context.Match)
        || context.Lexicon.Contains(s, "negotiable/condition", context.Match)
        || context.Lexicon.Contains(s, "finality/not-final", context.Match)
        || OpensWithCondition(context, s);

    // "If ...", "Kung sakaling ...": a sentence opened by a condition (classes.txt [conditional-openers]) does not
    // decide. A word class rather than a section, because sections are also the sentence model's features.
    private static bool OpensWithCondition(RuleContext context, Sentence s) =>
        s.Tokens.Length > 0 && context.Lexicon.IsClass(s, 0, "conditional-openers", context.Match);
}
