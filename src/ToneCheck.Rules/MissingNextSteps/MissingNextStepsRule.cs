using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ToneCheck.Rules.Mechanisms;
using static ToneCheck.Rules.RuleExample;

namespace ToneCheck.Rules.MissingNextSteps;

/// <summary>
/// TC009: nothing about what happens next: no effective date, contract end, final invoice or hand-over of files.
/// A refund is goodwill (TC010), not a next step.
/// </summary>
public sealed class MissingNextStepsRule : MissingElementRule
{
    public override DiagnosticDescriptor Descriptor { get; } = Describe(RuleIds.MissingNextSteps, "Missing next steps",
        "{0}", DiagnosticSeverity.Info,
        "Say what happens next: the effective date, service until the contract ends, the final invoice, the hand-over of files.");

    public override string Name => "missing-next-steps";

    public override string Advice =>
        "Say what happens next. Honour the contract (service until its end, or a refund), give the effective date, " +
        "and say what happens to the customer's files and the final invoice.";

    public override ImmutableArray<RuleExample> Examples { get; } =
    [
        Flag("Hi Natalie,\n\nWe've decided not to continue working together. I'm sorry we couldn't make it work.\n\nThanks,\nRyan", "a clear end with no date"),
        Flag("Dear Ms Carter,\n\nWe regret that we can no longer act for you. Thank you for your custom.\n\nYours sincerely,\nJ. Patel", "an end, but nothing about when or what happens to the files"),
        Pass("Hi Natalie,\n\nOur agreement will end on 30 June, and your final invoice will follow.\n\nThanks,\nRyan"),
        Pass("Hey Callum, I'm going to stop our sessions. Thursday the 12th will be our last one."),
        Pass("Your membership is cancelled with immediate effect."),
    ];

    protected override ElementPlace Place => ElementPlace.Closing;

    public override IReadOnlyDictionary<string, string> Messages { get; } = Wording(
        missing: "The letter does not say what happens next: no effective date, contract end, final invoice or hand-over of files.",
        insert: "Our last day of service will be [date]; your final invoice will follow, and we will send all your files by then.");

    protected override bool IsPresent(RuleContext context) =>
        context.Facts.Has("next-steps/present")
        || context.Letter.Sentences.Any(s => Dates.HasDate(context, s)
            && (context.Facts.Carries(s, "finality/present") || context.Facts.Carries(s, "next-steps/date")));
}
