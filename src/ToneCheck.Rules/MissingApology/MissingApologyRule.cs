using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ToneCheck.Rules.Mechanisms;
using static ToneCheck.Rules.RuleExample;

namespace ToneCheck.Rules.MissingApology;

/// <summary>TC011: no apology and no taking of some fault. "We regret to inform you" and "I'm sorry you feel that way" are formulas.</summary>
public sealed class MissingApologyRule : MissingElementRule
{
    public override DiagnosticDescriptor Descriptor { get; } = Describe(RuleIds.MissingApology, "Missing apology",
        "{0}", DiagnosticSeverity.Info,
        "Apologise, or take some of the fault: it did not work out, and you are sorry about that.");

    public override string Name => "missing-apology";

    public override string Advice =>
        "Apologise. \"We'd like to think our service suits everyone, but it didn't in this case, and I'm sorry about " +
        "that.\" Taking some of the fault counts too (\"a lot of that is on us\"). \"We regret to inform you\" and " +
        "\"I'm sorry you feel that way\" are formulas, not apologies.";

    public override ImmutableArray<RuleExample> Examples { get; } =
    [
        Flag("Dear Mr Ross,\n\nWe regret to inform you that your account will close on 1 May.\n\nRegards,\nJo", "a formula"),
        Flag("Hi Sam,\n\nI'm sorry you feel that way. Our agreement ends on 30 June.\n\nBest,\nAlex"),
        Pass("Hi Sam,\n\nOur agreement ends on 30 June. I'm sorry we couldn't make this work.\n\nBest,\nAlex"),
        Pass("Hi Sam,\n\nWe have not been able to give your account the attention it deserves, so our agreement ends on 30 June.\n\nBest,\nAlex", "taking some fault"),
    ];

    protected override ElementPlace Place => ElementPlace.Opening;

    public override IReadOnlyDictionary<string, string> Messages { get; } = Wording(
        missing: "The letter neither apologises nor takes any share of the fault; one sincere sentence helps the reader accept the decision.",
        insert: "We'd like to think our service suits everyone, but it hasn't in this case, and I'm sorry about that.");

    protected override bool IsPresent(RuleContext context) => context.Facts.Has("apology/present");
}
