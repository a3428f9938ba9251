using ToneCheck.Rules;

namespace ToneCheck.Engine;

/// <summary>
/// Where rules overlap, the stronger one wins on a span (RULES.md): a sentence that attacks the person is TC002,
/// not also TC001; two findings of one rule on the same words are one finding.
/// </summary>
internal static class Overlaps
{
    private static readonly (string Stronger, string Weaker)[] Precedence =
    [
        (RuleIds.PersonalAttack, RuleIds.Blame),
        (RuleIds.OverJustification, RuleIds.Blame),
    ];

    public static List<Finding> Resolve(List<Finding> findings)
    {
        var kept = new List<Finding>();
        foreach (var f in findings)
        {
            bool beaten = Precedence.Any(p => p.Weaker == f.Rule.Id
                && findings.Any(o => o.Rule.Id == p.Stronger && o.Span.OverlapsWith(f.Span)));
            bool duplicate = kept.Any(k => k.Rule.Id == f.Rule.Id && k.Span.OverlapsWith(f.Span));
            if (!beaten && !duplicate) kept.Add(f);
        }
        return kept;
    }
}
