using ToneCheck.Engine;
using ToneCheck.Engine.Evaluation;
using ToneCheck.Ml;
using ToneCheck.Rules;

namespace ToneCheck.Training;

/// <summary>
/// Chooses the rules on which the model may take part, on our own labelled letters: a rule is enabled when letting
/// the model add or withdraw its findings raises that rule's F1 over the rules alone by at least
/// <see cref="MinimumGain"/>. The dev set is only a regression gate: a rule whose F1 there would fall below the
/// rules alone stays off, since the project promises the hybrid is never worse than the rules on it.
/// </summary>
public static class HybridPolicy
{
    public const double MinimumGain = 0.01;

    public static (List<string> Enabled, List<string> Lines) Choose(SentenceModel model, string lettersFolder, string? regressionFolder)
    {
        bool gated = regressionFolder is not null && Directory.Exists(regressionFolder);
        var rulesOnly = Scorer.EvaluateFolder(new ToneChecker(), lettersFolder);
        var gateRules = gated ? Scorer.EvaluateFolder(new ToneChecker(), regressionFolder!) : null;
        var enabled = new List<string>();
        var lines = new List<string>();
        foreach (var rule in RuleCatalog.All)
        {
            var trial = model.WithCard(model.Card with { HybridRules = [rule.Id] });
            var hybrid = Scorer.EvaluateFolder(new ToneChecker(model: trial), lettersFolder);
            double before = rulesOnly.Rules.First(r => r.Rule == rule.Id).F1;
            double after = hybrid.Rules.First(r => r.Rule == rule.Id).F1;
            bool helps = after >= before + MinimumGain;
            string gate = "-";
            bool passes = true;
            if (helps && gated)
            {
                double gateBefore = gateRules!.Rules.First(r => r.Rule == rule.Id).F1;
                double gateAfter = Scorer.EvaluateFolder(new ToneChecker(model: trial), regressionFolder!).Rules.First(r => r.Rule == rule.Id).F1;
                passes = gateAfter >= gateBefore - 1e-9;
                gate = $"{gateBefore:F2} / {gateAfter:F2}";
            }
            bool on = helps && passes;
            if (on) enabled.Add(rule.Id);
            lines.Add($"| {rule.Id} | {rule.Name} | {before:F2} | {after:F2} | {gate} | {(on ? "yes" : helps ? "no (dev set)" : "no")} |");
        }
        return (enabled, lines);
    }
}
