using System.Globalization;
using System.Text;
using ToneCheck.Engine;
using ToneCheck.Engine.Evaluation;
using Xunit.Abstractions;
using static ToneCheck.Rules.Tests.TestSupport;

namespace ToneCheck.Rules.Tests;

/// <summary>
/// The dev set (shared/eval/dev, copied to DevSet/en) scored exactly as FORMAT.md defines. The floors are
/// regression guards while the rules are tuned; headline accuracy is reported on held-out letters, not here.
/// </summary>
public class DevSetRegressionTests(ITestOutputHelper output)
{
    const double CoreSixF1Floor = 0.90;
    const double RuleF1Floor = 0.75;

    [Fact]
    public void English_dev_set_scores_above_the_floors() =>
        AssertAboveFloors("en", new ToneChecker(), CoreSixF1Floor, RuleF1Floor, output, letters: 40);

    /// <summary>
    /// Scores a language's dev-set copy (or another labelled <paramref name="folder"/>, FORMAT.md) and fails with the
    /// whole table when the core-six micro F1 or a rule's F1 is under its floor; each language's tests call it with
    /// the floors its measurements allow.
    /// </summary>
    internal static void AssertAboveFloors(string language, ToneChecker checker, double coreSixFloor, double ruleFloor,
        ITestOutputHelper output, int? letters = null, string? folder = null)
    {
        folder ??= DevSetOutput(language);
        Assert.True(Directory.Exists(folder), $"{folder} is missing: DevSet/** should be copied to the output directory.");
        var report = Scorer.EvaluateFolder(checker, folder);
        output.WriteLine($"{language}: {folder}");
        output.WriteLine(Table(report));
        if (letters is { } expected) Assert.Equal(expected, report.Letters);
        Assert.True(report.Letters > 0);

        var failures = new List<string>();
        if (report.CoreSix.F1 < coreSixFloor)
            failures.Add($"core-six micro F1 {report.CoreSix.F1:F3} < {coreSixFloor:F2}");
        foreach (var rule in report.Rules)
            if (rule.Labelled + rule.Reported > 0 && rule.F1 < ruleFloor)
                failures.Add($"{rule.Rule} F1 {rule.F1:F3} < {ruleFloor:F2} (P {rule.Precision:F3}, R {rule.Recall:F3})");
        Assert.True(failures.Count == 0, $"{language} regression on {folder}:\n" + string.Join("\n", failures) + "\n\n" + Table(report));
    }

    /// <summary>Every seed-language dev set scores with the default checker (language detected per letter); floors are in each language's tests.</summary>
    [Theory]
    [InlineData("cy")]
    [InlineData("ms")]
    [InlineData("vi")]
    [InlineData("tl")]
    public void Other_language_dev_sets_are_scored_without_error(string language)
    {
        var folder = DevSetOutput(language);
        Assert.True(Directory.Exists(folder), $"{folder} is missing: DevSet/** should be copied to the output directory.");

        var report = Scorer.EvaluateFolder(new ToneChecker(), folder);
        output.WriteLine($"dev-{language} (not asserted)");
        output.WriteLine(Table(report));

        Assert.Equal(Directory.GetFiles(folder, "*.expected.json").Length, report.Letters);
        Assert.True(report.Letters > 0);
    }

    [Theory]
    [InlineData("en", "dev")]
    [InlineData("cy", "dev-cy")]
    [InlineData("ms", "dev-ms")]
    [InlineData("vi", "dev-vi")]
    [InlineData("tl", "dev-tl")]
    public void Dev_set_copy_is_identical_to_shared_eval(string language, string sharedName)
    {
        var copy = DevSetSource(language);
        Assert.True(Directory.Exists(copy), $"{copy} is missing.");

        // The copy next to the test binaries must match the copy in the source tree.
        AssertSameFiles(copy, DevSetOutput(language));

        // And the source copy must match shared/eval, when shared/ is beside the repository (skipped otherwise).
        var shared = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "eval", sharedName));
        if (!Directory.Exists(shared)) return;
        AssertSameFiles(shared, copy);
    }

    private static void AssertSameFiles(string expectedFolder, string actualFolder)
    {
        Assert.True(Directory.Exists(actualFolder), $"{actualFolder} is missing.");
        var expected = RelativeFiles(expectedFolder);
        var actual = RelativeFiles(actualFolder);
        Assert.True(expected.SequenceEqual(actual),
            $"File lists differ between {expectedFolder} and {actualFolder}.\n" +
            $"Only in {expectedFolder}: {string.Join(", ", expected.Except(actual))}\n" +
            $"Only in {actualFolder}: {string.Join(", ", actual.Except(expected))}");
        var different = expected
            .Where(f => !File.ReadAllBytes(Path.Combine(expectedFolder, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actualFolder, f))))
            .ToList();
        Assert.True(different.Count == 0, $"Files differ between {expectedFolder} and {actualFolder}: {string.Join(", ", different)}");
    }

    private static List<string> RelativeFiles(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    private static string Table(EvaluationReport report)
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine(c, $"{report.Letters} letters");
        b.AppendLine("rule   tp  reported recalled labelled  precision  recall   f1");
        foreach (var r in report.Rules)
            b.AppendLine(c, $"{r.Rule,-6}{r.TruePositives,4}{r.Reported,9}{r.Recalled,9}{r.Labelled,9}{r.Precision,11:F3}{r.Recall,8:F3}{r.F1,7:F3}");
        b.AppendLine(c, $"core-6 micro{"",30}{report.CoreSix.Precision,11:F3}{report.CoreSix.Recall,8:F3}{report.CoreSix.F1,7:F3}");
        b.AppendLine(c, $"all    micro{"",30}{report.All.Precision,11:F3}{report.All.Recall,8:F3}{report.All.F1,7:F3}");
        if (report.Errors.Count > 0)
        {
            b.AppendLine("disagreements:");
            foreach (var e in report.Errors)
                b.AppendLine(c, $"  {e.Letter} {e.Rule} {e.Kind}{(e.FirstLine > 0 ? $" lines {e.FirstLine}-{e.LastLine}" : "")}");
        }
        return b.ToString();
    }
}
