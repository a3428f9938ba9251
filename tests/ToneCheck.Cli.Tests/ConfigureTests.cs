using System.Text.Json;

namespace ToneCheck.Cli.Tests;

/// <summary>tonecheck.yml, suppressions and fixes, through the command line.</summary>
public class ConfigureTests
{
    private const string Letter =
        "Hi Marcus,\n\nWe won't be renewing the retainer when it ends on 31 March, since your team kept changing the brief. " +
        "Frankly, you are impossible to work with.\n\nAll the best,\nSophie\n";

    private static JsonElement Json(CliResult result) => JsonDocument.Parse(result.StdOut).RootElement;

    private static IEnumerable<JsonElement> Diagnostics(CliResult result) =>
        Json(result).GetProperty("files").EnumerateArray().SelectMany(f => f.GetProperty("diagnostics").EnumerateArray());

    [Fact]
    public async Task A_config_file_above_the_letter_sets_severities_and_a_flag_wins_over_it()
    {
        using var dir = new TempDir();
        dir.File("tonecheck.yml", "root: true\nrules:\n  TC002: none\n  missing-thanks: error\n");
        var letter = dir.File("letters/marcus.txt", Letter);

        var result = await Cli.RunAsync("check", letter, "--no-model", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain(Diagnostics(result), d => d.GetProperty("ruleId").GetString() == "TC002");
        Assert.Contains(Diagnostics(result), d => d.GetProperty("ruleId").GetString() == "TC004" && d.GetProperty("severity").GetString() == "error");

        var flagged = await Cli.RunAsync("check", letter, "--no-model", "--format", "json", "--severity", "TC002=error", "TC004=info");
        Assert.Contains(Diagnostics(flagged), d => d.GetProperty("ruleId").GetString() == "TC002");
        Assert.Contains(Diagnostics(flagged), d => d.GetProperty("ruleId").GetString() == "TC004" && d.GetProperty("severity").GetString() == "info");
    }

    [Fact]
    public async Task A_bad_config_stops_with_its_file_line_and_column()
    {
        using var dir = new TempDir();
        var config = dir.File("tonecheck.yml", "rules:\n  TC002: loud\n");
        var letter = dir.File("a.txt", Letter);
        var result = await Cli.RunAsync("check", letter, "--no-model");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{config}(2,10): severity 'loud' is not one of error, warning, info, none", result.StdErr);

        var missing = await Cli.RunAsync("check", letter, "--no-model", "--config", dir.Combine("nope.yml"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no such config file", missing.StdErr);
    }

    [Fact]
    public async Task Folders_are_walked_through_include_and_exclude()
    {
        using var dir = new TempDir();
        dir.File("tonecheck.yml", "root: true\nexclude: [\"archive/**\"]\n");
        dir.File("current/a.txt", Letter);
        dir.File("archive/old.txt", Letter);
        var result = await Cli.RunAsync("check", dir.Path, "--no-model", "--format", "json");
        var paths = Json(result).GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToList();
        Assert.Single(paths);
        Assert.EndsWith("a.txt", paths[0]);
    }

    [Fact]
    public async Task Baseline_round_trip_survives_moved_lines_and_shows_in_sarif()
    {
        using var dir = new TempDir();
        var letter = dir.File("marcus.txt", Letter);
        var baseline = dir.Combine("tonecheck.suppress.yml");

        var first = await Cli.RunAsync("check", letter, "--no-model", "--baseline", baseline, "--update-baseline");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("suppressed", first.StdOut);
        Assert.True(File.Exists(baseline));

        File.WriteAllText(letter, Letter.Replace("Hi Marcus,\n\n", "Hi Marcus,\n\nI hope the launch went well.\n\n"));
        var moved = await Cli.RunAsync("check", letter, "--no-model", "--baseline", baseline, "--format", "sarif", "--fail-on", "info");
        Assert.Equal(0, moved.ExitCode);
        var results = JsonDocument.Parse(moved.StdOut).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal("external", r.GetProperty("suppressions")[0].GetProperty("kind").GetString()));
        var validation = SarifSchema.Evaluate(moved.StdOut);
        Assert.True(validation.IsValid, SarifSchema.Describe(validation));

        File.WriteAllText(letter, Letter.Replace("impossible to work with", "rude to our designers"));
        var changed = await Cli.RunAsync("check", letter, "--no-model", "--baseline", baseline);
        Assert.Equal(1, changed.ExitCode);
        Assert.Contains("TC002", changed.StdOut);
    }

    [Fact]
    public async Task The_nearest_suppressions_file_is_found_without_a_flag()
    {
        using var dir = new TempDir();
        var letter = dir.File("team/letters/marcus.txt", Letter);
        var update = await Cli.RunAsync("check", letter, "--no-model", "--baseline", dir.Combine("team/tonecheck.suppress.yml"), "--update-baseline");
        Assert.Equal(0, update.ExitCode);
        var again = await Cli.RunAsync("check", letter, "--no-model", "--format", "json");
        Assert.Equal(0, again.ExitCode);
        Assert.True(Json(again).GetProperty("summary").GetProperty("suppressed").GetInt32() > 0);
        Assert.All(Diagnostics(again), d => Assert.True(d.TryGetProperty("suppression", out _)));
    }

    [Fact]
    public async Task Fix_prints_the_fixed_letter_and_refuses_several_without_write()
    {
        using var dir = new TempDir();
        var letter = dir.File("a.txt", "Hi Sam,\n\nWE WILL NOT BE CONTINUING. Your files will be sent on Friday.\n\nBest,\nAlex\n");
        var result = await Cli.RunAsync("fix", letter, "--no-model");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("We will not be continuing.", result.StdOut);
        Assert.Contains("1 fixed (TC008)", result.StdErr);
        Assert.Contains("WE WILL NOT", File.ReadAllText(letter)); // printing never touches the file

        var two = await Cli.RunAsync("fix", letter, dir.File("b.txt", "Hi"), "--no-model");
        Assert.Equal(2, two.ExitCode);
        Assert.Contains("--write", two.StdErr);
    }

    [Fact]
    public async Task Fix_write_on_a_folder_leaves_no_fixable_diagnostic_and_keeps_originals()
    {
        using var dir = new TempDir();
        var sources = Directory.EnumerateFiles(Cli.Labelled, "*.txt").Take(6).ToList();
        Assert.NotEmpty(sources);
        foreach (var s in sources) File.Copy(s, dir.Combine(Path.GetFileName(s)));

        var result = await Cli.RunAsync("fix", dir.Path, "--write", "--insert-missing", "--no-model");
        Assert.Equal(0, result.ExitCode);
        foreach (var s in sources)
        {
            // A changed letter keeps its original beside it; a letter with nothing to fix is not rewritten at all.
            var target = dir.Combine(Path.GetFileName(s));
            if (File.ReadAllText(target) == File.ReadAllText(s)) Assert.False(File.Exists(target + ".orig"));
            else Assert.Equal(File.ReadAllText(s), File.ReadAllText(target + ".orig"));
        }
        Assert.Contains(sources, s => File.Exists(dir.Combine(Path.GetFileName(s)) + ".orig"));
        Assert.Empty(Directory.EnumerateFiles(dir.Path, "*tonecheck-tmp*"));

        var after = await Cli.RunAsync("check", dir.Path, "--no-model", "--format", "json");
        Assert.DoesNotContain(Diagnostics(after), d => d.TryGetProperty("fix", out _));

        var noBackup = new TempDir();
        using (noBackup)
        {
            var copy = noBackup.File("one.txt", File.ReadAllText(sources[0]));
            Assert.Equal(0, (await Cli.RunAsync("fix", copy, "--write", "--insert-missing", "--no-backup", "--no-model")).ExitCode);
            Assert.False(File.Exists(copy + ".orig"));
        }
    }
}
