using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ToneCheck.Rules.Mechanisms;
using static ToneCheck.Rules.RuleExample;

namespace ToneCheck.Rules.MissingThanks;

/// <summary>TC004: no thanks or appreciation for the customer's business, time or trust. A bare "Thanks," sign-off and courtesy formulas do not count.</summary>
public sealed class MissingThanksRule : MissingElementRule
{
    public override DiagnosticDescriptor Descriptor { get; } = Describe(RuleIds.MissingThanks, "Missing thanks",
        "{0}", DiagnosticSeverity.Warning,
        "Be appreciative and positive: thank the customer for their business, for trying the product, for working with you.");

    public override string Name => "missing-thanks";

    public override string Advice =>
        "Be appreciative and positive. Thank the customer for their business, for trying your product or for working " +
        "with you (\"We really appreciate you giving us a try\"). A bare \"Thanks,\" sign-off, \"Thank you for your " +
        "email\" or \"Thank you for your time\" is courtesy, not thanks for the relationship.";

    public override ImmutableArray<RuleExample> Examples { get; } =
    [
        Flag("Hi Sam,\n\nThank you for your email. Our agreement will end on 30 June.\n\nThanks,\nAlex", "courtesy and a sign-off only"),
        Flag("Dear Ms Lee,\n\nThanks in advance for settling the invoice. We will close your account on 1 May.\n\nRegards,\nJo"),
        Pass("Hi Sam,\n\nThank you for your business over the past two years. Our agreement will end on 30 June.\n\nBest,\nAlex"),
        Pass("Hi Sam,\n\nIt has been a pleasure working with you. Our agreement will end on 30 June.\n\nBest,\nAlex"),
        Pass("Hi Dave, we won't take on more jobs after this month - cheers for all the work you've sent us over the years."),
    ];

    protected override ElementPlace Place => ElementPlace.Closing;

    public override IReadOnlyDictionary<string, string> Messages { get; } = Wording(
        missing: "The letter never thanks the reader for their business, time or trust; a line of real appreciation softens the ending.",
        insert: "Thank you for choosing us and for your trust over the time we have worked together.");

    protected override bool IsPresent(RuleContext context) => context.Facts.Has("thanks/present");
}
