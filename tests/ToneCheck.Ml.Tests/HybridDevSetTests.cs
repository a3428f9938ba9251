using ToneCheck.Engine;
using ToneCheck.Engine.Evaluation;
using ToneCheck.Ml;
using Xunit.Abstractions;

namespace ToneCheck.Ml.Tests;

/// <summary>The hybrid on the English dev set: at the bar, and never below the rules alone on any rule.</summary>
public class HybridDevSetTests(ITestOutputHelper output)
{
    private const double HybridCoreSixFloor = 0.92;

    [Fact]
    public void Hybrid_reaches_the_bar_and_is_at_least_as_good_as_the_rules_on_every_rule()
    {
        var devSet = Path.Combine(ShippedModelTests.RepoRoot, "tests", "ToneCheck.Rules.Tests", "DevSet", "en");
        var model = SentenceModel.Load(Path.Combine(ShippedModelTests.RepoRoot, "models"));
        var rules = Scorer.EvaluateFolder(new ToneChecker(), devSet);
        var hybrid = Scorer.EvaluateFolder(new ToneChecker(model: model), devSet);
        foreach (var (r, h) in rules.Rules.Zip(hybrid.Rules))
        {
            output.WriteLine($"{r.Rule}: rules {r.F1:F2}, hybrid {h.F1:F2}");
            Assert.True(h.F1 >= r.F1 - 1e-9, $"{r.Rule}: hybrid F1 {h.F1:F2} is below rules-only {r.F1:F2}");
        }
        output.WriteLine($"core six: rules {rules.CoreSix.F1:F3}, hybrid {hybrid.CoreSix.F1:F3}");
        Assert.True(hybrid.CoreSix.F1 >= HybridCoreSixFloor, $"hybrid core-six micro F1 {hybrid.CoreSix.F1:F3} < {HybridCoreSixFloor}");
    }
}
