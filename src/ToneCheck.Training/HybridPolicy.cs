using ToneCheck.Engine;
using ToneCheck.Engine.Evaluation;
using ToneCheck.Ml;
using ToneCheck.Rules;

namespace ToneCheck.Training;

/// <summary>
/// Chooses the rules on which the model may take part, on our own labelled letters (never the dev sets):
/// a rule is enabled when letting the model add or withdraw its findings raises that rule's F1 over the
/// rules alone by at least <see cref="MinimumGain"/>.
/// </summary>
public static class HybridPolicy
{
    public const double MinimumGain = 0.01;

    public static (List<string> Enabled, List<string> Lines) Choose(SentenceModel model, string lettersFolder)
    {
        var rulesOnly = Scorer.EvaluateFolder(new ToneChecker(), lettersFolder);
        var enabled = new List<string>();
        var lines = new List<string>();
        foreach (var rule in RuleCatalog.All)
        {
            var trial = model.WithCard(model.Card with { HybridRules = [rule.Id] });
            var hybrid = Scorer.EvaluateFolder(new ToneChecker(model: trial), lettersFolder);
            double before = rulesOnly.Rules.First(r => r.Rule == rule.Id).F1;
            double after = hybrid.Rules.First(r => r.Rule == rule.Id).F1;
            bool on = after >= before + MinimumGain;
            if (on) enabled.Add(rule.Id);
            lines.Add($"| {rule.Id} | {rule.Name} | {before:F2} | {after:F2} | {(on ? "yes" : "no")} |");
        }
        return (enabled, lines);
    }
}
