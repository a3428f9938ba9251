using System.Collections.Immutable;

namespace ToneCheck.Rules;

/// <summary>All rules, in ID order.</summary>
public static class RuleCatalog
{
    public static ImmutableArray<ToneRule> All { get; } =
    [
        new Blame.BlameRule(),
        new PersonalAttack.PersonalAttackRule(),
        new OverJustification.OverJustificationRule(),
        new MissingThanks.MissingThanksRule(),
        new MissingReferral.MissingReferralRule(),
        new MissingFinality.MissingFinalityRule(),
        new NegotiableWording.NegotiableWordingRule(),
        new HostileTone.HostileToneRule(),
        new MissingNextSteps.MissingNextStepsRule(),
        new MissingGoodwill.MissingGoodwillRule(),
        new MissingApology.MissingApologyRule(),
    ];

    public static ToneRule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
}
