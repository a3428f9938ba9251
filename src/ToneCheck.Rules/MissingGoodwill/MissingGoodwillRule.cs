using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ToneCheck.Rules.Mechanisms;
using static ToneCheck.Rules.RuleExample;

namespace ToneCheck.Rules.MissingGoodwill;

/// <summary>TC010: no refund, credit, cancelled invoice or other gesture. Money going back to the customer is goodwill whatever the contract says.</summary>
public sealed class MissingGoodwillRule : MissingElementRule
{
    public override DiagnosticDescriptor Descriptor { get; } = Describe(RuleIds.MissingGoodwill, "Missing goodwill gesture",
        "{0}", DiagnosticSeverity.Info,
        "Extend goodwill: refund the last month or cancel the last invoice where it fits.");

    public override string Name => "missing-goodwill";

    public override string Advice =>
        "Extend goodwill. Refund the last month, cancel the last invoice, waive a fee or do a last piece of work free " +
        "where it fits. Money going back to the customer counts whatever the contract says (\"your deposit will be refunded\").";

    public override ImmutableArray<RuleExample> Examples { get; } =
    [
        Flag("Hi Sam,\n\nOur agreement ends on 30 June. The outstanding balance of £420 is due by Friday.\n\nBest,\nAlex", "money owed by the customer"),
        Flag("Hi Sam,\n\nOur agreement ends on 30 June. Please pay by credit card.\n\nBest,\nAlex"),
        Pass("Hi Sam,\n\nOur agreement ends on 30 June. Your deposit will be refunded in full.\n\nBest,\nAlex"),
        Pass("Hi Sam,\n\nOur agreement ends on 30 June. We won't be invoicing for June; consider it on us.\n\nBest,\nAlex"),
        Pass("Hi Sam,\n\nOur agreement ends on 30 June, and the remaining balance will be returned to you.\n\nBest,\nAlex"),
    ];

    protected override ElementPlace Place => ElementPlace.Closing;

    public override IReadOnlyDictionary<string, string> Messages { get; } = Wording(
        missing: "The letter makes no gesture of goodwill: no refund, credit, waived fee or free last piece of work.",
        insert: "As a thank-you, we will not invoice for the final month.");

    protected override bool IsPresent(RuleContext context) => context.Facts.Has("goodwill/present");
}
