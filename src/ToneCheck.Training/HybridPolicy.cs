using ToneCheck.Engine;
using ToneCheck.Engine.Evaluation;
using ToneCheck.Ml;
using ToneCheck.Rules;

namespace ToneCheck.Training;

/// <summary>
/// Chooses the rules on which the model may take part, on our own labelled letters: a rule is enabled when letting
/// the model add or withdraw its findings raises that rule's F1 over the rules alone by at least
/// <see cref="MinimumGain"/>. The dev set, when given, is only a regression gate: a rule whose F1 there would fall
/// below the rules alone stays off, since the project promises the hybrid is never worse than the rules on it.
/// </summary>
public static class HybridPolicy
{
    public const double MinimumGain = 0.01;

    public static (List<string> Enabled, List<string> Lines) Choose(SentenceModel model, IReadOnlyList<string> letters, string? regressionFolder)
    {
        bool gated = regressionFolder is not null && Directory.Exists(regressionFolder);
        var rulesOnly = Scorer.EvaluateFiles(new ToneChecker(), letters);
        var gateRules = gated ? Scorer.EvaluateFolder(new ToneChecker(), regressionFolder!) : null;
        var enabled = new List<string>();
        var lines = new List<string>();
        foreach (var rule in RuleCatalog.All)
        {
            var trial = Joining(model, [rule.Id]);
            double before = F1(rulesOnly, rule.Id);
            double after = F1(Scorer.EvaluateFiles(trial, letters), rule.Id);
            bool helps = after >= before + MinimumGain;
            string gate = "-";
            bool passes = true;
            if (helps && gated)
            {
                double gateBefore = F1(gateRules!, rule.Id);
                double gateAfter = F1(Scorer.EvaluateFolder(trial, regressionFolder!), rule.Id);
                passes = gateAfter >= gateBefore - 1e-9;
                gate = $"{gateBefore:F2} / {gateAfter:F2}";
            }
            bool on = helps && passes;
            if (on) enabled.Add(rule.Id);
            lines.Add($"| {rule.Id} | {rule.Name} | {before:F2} | {after:F2} | {gate} | {(on ? "yes" : helps ? "no (dev set)" : "no")} |");
        }
        return (enabled, lines);
    }

    /// <summary>
    /// On letters the choice did not see: per rule, the rules alone against the model joining that rule alone; then
    /// core-six micro F1 of the rules, of the hybrid with the chosen rules, and of the model joining every rule.
    /// </summary>
    public static List<string> Compare(SentenceModel model, IReadOnlyList<string> enabled, IReadOnlyList<string> letters)
    {
        var rulesOnly = Scorer.EvaluateFiles(new ToneChecker(), letters);
        var lines = RuleCatalog.All.Select(rule =>
        {
            var alone = Scorer.EvaluateFiles(Joining(model, [rule.Id]), letters);
            return $"| {rule.Id} | {rule.Name} | {F1(rulesOnly, rule.Id):F2} | {F1(alone, rule.Id):F2} |";
        }).ToList();
        var chosen = Scorer.EvaluateFiles(Joining(model, enabled), letters);
        var every = Scorer.EvaluateFiles(Joining(model, RuleCatalog.All.Select(r => r.Id)), letters);
        lines.Add($"| core six | micro: rules / chosen ({(enabled.Count == 0 ? "none" : string.Join(", ", enabled))}) / model on every rule | {rulesOnly.CoreSix.F1:F2} | {chosen.CoreSix.F1:F2} / {every.CoreSix.F1:F2} |");
        return lines;
    }

    // A checker whose model takes part in exactly these rules.
    private static ToneChecker Joining(SentenceModel model, IEnumerable<string> rules) =>
        new(model: model.WithCard(model.Card with { HybridRules = [.. rules] }));

    private static double F1(EvaluationReport report, string ruleId) => report.Rules.First(r => r.Rule == ruleId).F1;
}
