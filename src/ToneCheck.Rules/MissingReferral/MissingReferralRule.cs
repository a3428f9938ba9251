using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ToneCheck.Rules.Mechanisms;
using static ToneCheck.Rules.RuleExample;

namespace ToneCheck.Rules.MissingReferral;

/// <summary>
/// TC005: no alternative offered. Returning files alone is a next step, not a referral. A customer let go for
/// abusive behaviour is not referred to competitors: sincere good wishes satisfy the rule there.
/// </summary>
public sealed class MissingReferralRule : MissingElementRule
{
    public override DiagnosticDescriptor Descriptor { get; } = Describe(RuleIds.MissingReferral, "Missing referral",
        "{0}", DiagnosticSeverity.Warning,
        "Offer alternatives: refer the customer to other providers who can help, or help them hand over to the next one.");

    public override string Name => "missing-referral";

    public override string Advice =>
        "Offer alternatives. Don't leave the customer hanging: refer them to other providers who can help (\"You might " +
        "try X, Y or Z\"), help them find one, or brief whoever takes over. Exception: a customer let go for abusive " +
        "behaviour is not referred to competitors; close with sincere good wishes instead.";

    public override ImmutableArray<RuleExample> Examples { get; } =
    [
        Flag("Hi Sam,\n\nOur agreement will end on 30 June. We will send all your files by then.\n\nBest,\nAlex", "returning files is a next step"),
        Flag("Mr Haines,\n\nFollowing the incident with our community manager, your membership is cancelled. Best of luck with that.\n\nHive Coworking", "sarcasm is not good wishes"),
        Pass("Hi Sam,\n\nOur agreement will end on 30 June. Halden & Cole handle larger retainers, and I'm happy to introduce you.\n\nBest,\nAlex"),
        Pass("Dear Mrs Dunn,\n\nIn line with our zero-tolerance policy on abuse towards staff, we are ending our client relationship. We wish you all the very best for the future.\n\nYours sincerely,\nDr Fenwick", "abusive customer: good wishes suffice"),
    ];

    protected override ElementPlace Place => ElementPlace.Closing;

    public override IReadOnlyDictionary<string, string> Messages { get; } = Wording(
        missing: "The letter offers no alternative: no other provider, no help finding one and no hand-over to the next one.",
        insert: "If it helps, [another provider] may be a good fit for what you need, and we are happy to brief whoever takes over.");

    private static readonly RuleOption GoodWishes = RuleOption.Choice("good-wishes", "abusive-customer",
        "When sincere good wishes stand in for a referral: only in a letter to an abusive customer (RULES.md), always, or never.",
        "abusive-customer", "always", "never");

    public override IReadOnlyList<RuleOption> Options => [GoodWishes];

    protected override bool IsPresent(RuleContext context)
    {
        if (context.Facts.Has("referral/present")) return true;
        bool wishesCount = context.Options.GetString(Id, GoodWishes.Name, GoodWishes.Default) switch
        {
            "always" => true,
            "never" => false,
            _ => context.Facts.IsAbusiveCustomer,
        };
        return wishesCount && context.Facts.FirstWith("referral/good-wishes") is { } wishes
            && !context.Lexicon.Contains(wishes, "hostile/sarcasm", context.Match);
    }
}
