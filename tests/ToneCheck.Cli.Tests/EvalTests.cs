using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ToneCheck.Rules;

namespace ToneCheck.Cli.Tests;

/// <summary>
/// <c>tonecheck eval</c> on Labelled/ (three letters labelled as shared/eval/FORMAT.md describes). The scores
/// depend on the rules, which are still being tuned, so these tests check the table's shape, the labelled counts
/// (which depend on the labels only) and that scoring a SARIF report agrees with checking the letters again.
/// </summary>
public class EvalTests
{
    [Fact]
    public async Task Eval_prints_the_table()
    {
        var r = await Cli.RunAsync("eval", Cli.Labelled);

        Assert.True(r.ExitCode == ExitCodes.Clean, r.ToString());
        Assert.Equal("", r.StdErr);
        var lines = r.StdOut.Split('\n');
        Assert.Equal("3 letters", lines[0]);
        Assert.Contains("| rule | name | P | R | F1 | reported | labelled |", lines);

        var row = new Regex(@"^\| (TC\d{3}) \| ([a-z-]+) \| (\d\.\d\d) \| (\d\.\d\d) \| (\d\.\d\d) \| (\d+) \| (\d+) \|$");
        var rows = lines.Select(l => row.Match(l)).Where(m => m.Success).ToList();
        Assert.Equal(RuleCatalog.All.Select(x => x.Id), rows.Select(m => m.Groups[1].Value));
        var labelled = LabelledCounts();
        foreach (var m in rows)
        {
            Assert.Equal(RuleCatalog.Find(m.Groups[1].Value)!.Name, m.Groups[2].Value);
            for (int g = 3; g <= 5; g++)
            {
                var score = double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
                Assert.InRange(score, 0, 1);
            }
            Assert.Equal(labelled.GetValueOrDefault(m.Groups[1].Value), int.Parse(m.Groups[7].Value));
        }
        Assert.Matches(@"\| core six \| micro \| \d\.\d\d \| \d\.\d\d \| \d\.\d\d \| \| \|", r.StdOut);
        Assert.Matches(@"\| all \| micro \| \d\.\d\d \| \d\.\d\d \| \d\.\d\d \| \| \|", r.StdOut);
    }

    [Fact]
    public async Task Eval_errors_lists_each_disagreement()
    {
        var json = await Cli.RunAsync("eval", Cli.Labelled, "--format", "json");
        var withErrors = await Cli.RunAsync("eval", Cli.Labelled, "--errors");

        using var doc = JsonDocument.Parse(json.StdOut);
        var errors = doc.RootElement.GetProperty("errors").EnumerateArray().ToList();
        foreach (var e in errors)
            Assert.Contains($"{e.GetProperty("letter").GetString()}: {e.GetProperty("rule").GetString()} {e.GetProperty("kind").GetString()}", withErrors.StdOut);
    }

    [Fact]
    public async Task Eval_json_counts_the_labels()
    {
        var r = await Cli.RunAsync("eval", Cli.Labelled, "--format", "json");

        Assert.True(r.ExitCode == ExitCodes.Clean, r.ToString());
        using var doc = JsonDocument.Parse(r.StdOut);
        Assert.Equal(3, doc.RootElement.GetProperty("letters").GetInt32());
        var labelled = LabelledCounts();
        foreach (var rule in doc.RootElement.GetProperty("rules").EnumerateArray())
            Assert.Equal(labelled.GetValueOrDefault(rule.GetProperty("rule").GetString()!), rule.GetProperty("labelled").GetInt32());
    }

    [Fact]
    public async Task Eval_of_a_sarif_report_gives_the_same_numbers_as_eval()
    {
        using var dir = new TempDir();
        var sarif = dir.Combine("x.sarif");

        var check = await Cli.RunAsync("check", Cli.Labelled, "--format", "sarif", "--output", sarif, "--fail-on", "none");
        Assert.True(check.ExitCode == ExitCodes.Clean, check.ToString());
        var direct = await Cli.RunAsync("eval", Cli.Labelled, "--format", "json");
        var viaSarif = await Cli.RunAsync("eval", Cli.Labelled, "--sarif", sarif, "--format", "json");

        Assert.True(direct.ExitCode == ExitCodes.Clean, direct.ToString());
        Assert.True(viaSarif.ExitCode == ExitCodes.Clean, viaSarif.ToString());
        using var a = JsonDocument.Parse(direct.StdOut);
        using var b = JsonDocument.Parse(viaSarif.StdOut);
        // Per rule: true positives, reported, recalled, labelled and the scores.
        Assert.Equal(a.RootElement.GetProperty("rules").GetRawText(), b.RootElement.GetProperty("rules").GetRawText());
        Assert.Equal(a.RootElement.GetProperty("coreSix").GetRawText(), b.RootElement.GetProperty("coreSix").GetRawText());
        Assert.Equal(a.RootElement.GetProperty("all").GetRawText(), b.RootElement.GetProperty("all").GetRawText());
        Assert.Equal(a.RootElement.GetProperty("letters").GetInt32(), b.RootElement.GetProperty("letters").GetInt32());
        // The whole report, disagreements included.
        Assert.Equal(direct.StdOut, viaSarif.StdOut);
        // And the checker found something to score, so the comparison is not between two empty reports.
        Assert.Contains(a.RootElement.GetProperty("rules").EnumerateArray(), s => s.GetProperty("reported").GetInt32() > 0);
    }

    [Fact]
    public async Task Eval_of_a_missing_folder_exits_2()
    {
        using var dir = new TempDir();

        var r = await Cli.RunAsync("eval", dir.Combine("nowhere"));

        Assert.Equal(ExitCodes.UsageOrInput, r.ExitCode);
        Assert.Contains("nowhere", r.StdErr);
    }

    [Fact]
    public async Task Eval_of_a_broken_sarif_exits_2()
    {
        using var dir = new TempDir();
        var sarif = dir.File("broken.sarif", "{ not json");

        var r = await Cli.RunAsync("eval", Cli.Labelled, "--sarif", sarif);

        Assert.Equal(ExitCodes.UsageOrInput, r.ExitCode);
        Assert.StartsWith("tonecheck: ", r.StdErr);
    }

    [Fact]
    public async Task Eval_of_a_missing_sarif_exits_2()
    {
        using var dir = new TempDir();

        var r = await Cli.RunAsync("eval", Cli.Labelled, "--sarif", dir.Combine("none.sarif"));

        Assert.Equal(ExitCodes.UsageOrInput, r.ExitCode);
        Assert.Contains("none.sarif", r.StdErr);
    }

    /// <summary>Labelled passages (line rules) and letters missing the element (document rules), from the .expected.json files.</summary>
    private static Dictionary<string, int> LabelledCounts()
    {
        var counts = new Dictionary<string, int>();
        foreach (var file in Directory.GetFiles(Cli.Labelled, "*.expected.json"))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var f in doc.RootElement.GetProperty("findings").EnumerateArray())
                counts[f.GetProperty("rule").GetString()!] = counts.GetValueOrDefault(f.GetProperty("rule").GetString()!) + 1;
            foreach (var m in doc.RootElement.GetProperty("missing").EnumerateArray())
                counts[m.GetString()!] = counts.GetValueOrDefault(m.GetString()!) + 1;
        }
        return counts;
    }
}
