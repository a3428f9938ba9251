using System.Text.Json;
using ToneCheck.Rules;

namespace ToneCheck.Cli.Tests;

/// <summary>The commands run in process through <see cref="App.RunAsync"/>, with absolute paths only.</summary>
public class CommandTests
{
    private static readonly string[] RuleIdsInOrder =
        ["TC001", "TC002", "TC003", "TC004", "TC005", "TC006", "TC007", "TC008", "TC009", "TC010", "TC011"];

    // ---- rules -----------------------------------------------------------------------------------------------

    [Fact]
    public async Task Rules_lists_the_eleven_rules_in_id_order()
    {
        var r = await Cli.RunAsync("rules");

        Assert.Equal(ExitCodes.Clean, r.ExitCode);
        Assert.Equal("", r.StdErr);
        var lines = r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ID", lines[0]);
        var ids = lines.Skip(1).Select(l => l.Split(' ', 2)[0]).ToArray();
        Assert.Equal(RuleIdsInOrder, ids);
        foreach (var rule in RuleCatalog.All)
        {
            var line = Assert.Single(lines, l => l.StartsWith(rule.Id + " "));
            Assert.Contains(rule.Name, line);
            Assert.Contains(rule.Descriptor.Title.ToString(), line);
            Assert.Contains(rule.Kind == RuleKind.Line ? " line " : " document ", line);
        }
    }

    // ---- explain ---------------------------------------------------------------------------------------------

    [Fact]
    public async Task Explain_prints_the_advice_and_an_example_of_each_kind()
    {
        var r = await Cli.RunAsync("explain", "TC002");

        Assert.Equal(ExitCodes.Clean, r.ExitCode);
        Assert.Equal("", r.StdErr);
        var rule = RuleCatalog.Find("TC002")!;
        Assert.StartsWith("TC002 personal-attack: ", r.StdOut);
        Assert.Contains(rule.Advice, r.StdOut);
        Assert.Contains("Reported:\n  " + rule.Examples.First(e => e.ShouldFlag).PlainText, r.StdOut);
        Assert.Contains("Better:\n  " + rule.Examples.First(e => !e.ShouldFlag).PlainText, r.StdOut);
        Assert.Contains("More: " + rule.Descriptor.HelpLinkUri, r.StdOut);
    }

    [Fact]
    public async Task Explain_accepts_a_rule_name_too()
    {
        var r = await Cli.RunAsync("explain", "personal-attack");

        Assert.Equal(ExitCodes.Clean, r.ExitCode);
        Assert.StartsWith("TC002 personal-attack: ", r.StdOut);
    }

    [Fact]
    public async Task Explain_of_an_unknown_rule_exits_2_with_a_message()
    {
        var r = await Cli.RunAsync("explain", "TC999");

        Assert.Equal(ExitCodes.UsageOrInput, r.ExitCode);
        Assert.Equal("", r.StdOut);
        Assert.Contains("TC999", r.StdErr);
        Assert.Contains("tonecheck rules", r.StdErr);
    }

    // ---- check: exit codes -----------------------------------------------------------------------------------

    [Fact]
    public async Task A_personal_attack_fails_with_fail_on_error()
    {
        using var dir = new TempDir();
        var letter = dir.File("attack.txt", Samples.WithPersonalAttack);

        var r = await Cli.RunAsync("check", letter, "--format", "json", "--fail-on", "error");

        Assert.True(r.ExitCode == ExitCodes.Findings, r.ToString());
        Assert.Contains(Diagnostics(r.StdOut), d => d.RuleId == "TC002" && d.Severity == "error");
    }

    [Fact]
    public async Task A_personal_attack_passes_with_fail_on_none()
    {
        using var dir = new TempDir();
        var letter = dir.File("attack.txt", Samples.WithPersonalAttack);

        var r = await Cli.RunAsync("check", letter, "--format", "json", "--fail-on", "none");

        Assert.True(r.ExitCode == ExitCodes.Clean, r.ToString());
        Assert.Contains(Diagnostics(r.StdOut), d => d.RuleId == "TC002"); // still reported, just not failing
    }

    [Fact]
    public async Task A_good_letter_is_clean()
    {
        var r = await Cli.RunAsync("check", Cli.Letter("good.txt"), "--fail-on", "info");

        Assert.True(r.ExitCode == ExitCodes.Clean, r.ToString());
        Assert.Equal("", r.StdErr);
        Assert.Contains("1 letter checked (en 1): 0 errors, 0 warnings, 0 info.", r.StdOut);
    }

    [Fact]
    public async Task Severity_none_removes_the_rule()
    {
        using var dir = new TempDir();
        var letter = dir.File("attack.txt", Samples.WithPersonalAttack);

        var r = await Cli.RunAsync("check", letter, "--format", "json", "--severity", "TC002=none");

        Assert.DoesNotContain(Diagnostics(r.StdOut), d => d.RuleId == "TC002");
        Assert.DoesNotContain("TC002", r.StdOut);
        // The attack was the letter's only error, so nothing fails at the default --fail-on error any more.
        Assert.True(r.ExitCode == ExitCodes.Clean, r.ToString());
    }

    [Fact]
    public async Task Severity_override_changes_the_reported_level()
    {
        using var dir = new TempDir();
        var letter = dir.File("attack.txt", Samples.WithPersonalAttack);

        var r = await Cli.RunAsync("check", letter, "--format", "json", "--severity", "tc002=warning");

        Assert.Contains(Diagnostics(r.StdOut), d => d.RuleId == "TC002" && d.Severity == "warning");
        Assert.True(r.ExitCode == ExitCodes.Clean, r.ToString());
    }

    [Theory]
    [InlineData("X=y")]
    [InlineData("TC002=loud")]
    [InlineData("TC002")]
    [InlineData("TC099=none")]
    public async Task A_bad_severity_exits_2(string value)
    {
        var r = await Cli.RunAsync("check", Cli.Letter("good.txt"), "--severity", value);

        Assert.Equal(ExitCodes.UsageOrInput, r.ExitCode);
        Assert.Equal("", r.StdOut);
        Assert.Contains("--severity", r.StdErr);
        Assert.Contains(value, r.StdErr);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--fail-on", "sometimes")]
    [InlineData("--no-such-option", "x")]
    public async Task Bad_usage_exits_2(string option, string value)
    {
        var r = await Cli.RunAsync("check", Cli.Letter("good.txt"), option, value);

        Assert.Equal(ExitCodes.UsageOrInput, r.ExitCode);
        Assert.Contains("tonecheck:", r.StdErr);
    }

    [Fact]
    public async Task Check_without_paths_exits_2()
    {
        var r = await Cli.RunAsync("check");

        Assert.Equal(ExitCodes.UsageOrInput, r.ExitCode);
        Assert.NotEqual("", r.StdErr);
    }

    [Fact]
    public async Task A_missing_file_exits_2_and_stderr_names_it()
    {
        using var dir = new TempDir();
        var missing = dir.Combine("no-such-letter.txt");

        var r = await Cli.RunAsync("check", missing);

        Assert.Equal(ExitCodes.UsageOrInput, r.ExitCode);
        Assert.Contains(missing, r.StdErr);
        Assert.Contains("no such file", r.StdErr);
    }

    [Fact]
    public async Task A_missing_file_beside_a_good_one_still_exits_2_and_the_good_one_is_reported()
    {
        using var dir = new TempDir();
        var missing = dir.Combine("gone.txt");

        var r = await Cli.RunAsync("check", Cli.Letter("good.txt"), missing, "--format", "json");

        Assert.Equal(ExitCodes.UsageOrInput, r.ExitCode);
        Assert.Contains("gone.txt", r.StdErr);
        using var json = JsonDocument.Parse(r.StdOut);
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
    }

    [Fact]
    public async Task An_unreadable_file_is_listed_with_its_error_in_json()
    {
        using var dir = new TempDir();
        var binary = dir.File("scan.txt", [0x50, 0x4B, 0x00, 0x01, 0x02]);

        var r = await Cli.RunAsync("check", binary, "--format", "json");

        Assert.Equal(ExitCodes.UsageOrInput, r.ExitCode);
        Assert.Contains("binary", r.StdErr);
        using var json = JsonDocument.Parse(r.StdOut);
        var file = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray());
        Assert.Contains("binary", file.GetProperty("error").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("unreadable").GetInt32());
    }

    // ---- check: inputs ---------------------------------------------------------------------------------------

    [Fact]
    public async Task A_folder_is_searched_recursively_for_txt_and_md()
    {
        using var dir = new TempDir();
        dir.File("top.txt", Samples.Good);
        dir.File("sub/deeper/note.md", Samples.WithPersonalAttack);
        dir.File("sub/UPPER.TXT", Samples.Good);
        dir.File("sub/data.json", "{}");
        dir.File("sub/letter.docx", Samples.WithPersonalAttack);
        dir.File("README.md", Samples.WithPersonalAttack);

        var r = await Cli.RunAsync("check", dir.Path, "--format", "json", "--fail-on", "none");

        Assert.True(r.ExitCode == ExitCodes.Clean, r.ToString());
        using var json = JsonDocument.Parse(r.StdOut);
        var paths = json.RootElement.GetProperty("files").EnumerateArray()
            .Select(f => Path.GetRelativePath(dir.Path, f.GetProperty("path").GetString()!).Replace('\\', '/'))
            .ToList();
        Assert.Equal(["sub/UPPER.TXT", "sub/deeper/note.md", "top.txt"], paths.Order(StringComparer.Ordinal));
        var note = json.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString()!.EndsWith("note.md"));
        Assert.Contains(note.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("ruleId").GetString() == "TC002");
    }

    [Fact]
    public async Task An_empty_folder_checks_nothing_and_is_clean()
    {
        using var dir = new TempDir();

        var r = await Cli.RunAsync("check", dir.Path);

        Assert.True(r.ExitCode == ExitCodes.Clean, r.ToString());
        Assert.Contains("0 letters checked", r.StdOut);
    }

    [Fact]
    public async Task Standard_input_is_read_with_a_dash()
    {
        var r = await Cli.RunWithStdinAsync(Samples.WithPersonalAttack, "check", "-", "--format", "msbuild");

        Assert.True(r.ExitCode == ExitCodes.Findings, r.ToString());
        Assert.Contains("<stdin>(", r.StdOut);
        Assert.Contains(": error TC002: ", r.StdOut);
    }

    // ---- check: --output -------------------------------------------------------------------------------------

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("msbuild")]
    [InlineData("text")]
    public async Task Output_writes_the_report_to_the_file(string format)
    {
        using var dir = new TempDir();
        var letter = dir.File("attack.txt", Samples.WithPersonalAttack);
        var report = dir.Combine("report.out");

        var r = await Cli.RunAsync("check", letter, "--format", format, "--output", report);

        Assert.True(r.ExitCode == ExitCodes.Findings, r.ToString());
        Assert.Equal("", r.StdOut);
        Assert.True(File.Exists(report), "no report written");
        var written = File.ReadAllText(report);
        Assert.Contains("TC002", written);
        if (format is "json" or "sarif") using (JsonDocument.Parse(written)) { }

        // The same report as on standard output.
        var direct = await Cli.RunAsync("check", letter, "--format", format);
        Assert.Equal(direct.StdOut.ReplaceLineEndings("\n"), written.ReplaceLineEndings("\n"));
    }

    // ---- check: report contents ------------------------------------------------------------------------------

    [Fact]
    public async Task Json_report_has_the_documented_shape()
    {
        var r = await Cli.RunAsync("check", Cli.Letter("several-findings.txt"), "--format", "json");

        using var json = JsonDocument.Parse(r.StdOut);
        var root = json.RootElement;
        Assert.Equal("1", root.GetProperty("version").GetString());
        Assert.Equal("tonecheck", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal(App.Version, root.GetProperty("tool").GetProperty("version").GetString());
        var file = Assert.Single(root.GetProperty("files").EnumerateArray());
        Assert.Equal(Cli.Letter("several-findings.txt"), file.GetProperty("path").GetString());
        var diagnostics = Diagnostics(r.StdOut);
        Assert.NotEmpty(diagnostics);
        foreach (var d in diagnostics)
        {
            Assert.Contains(d.RuleId, RuleIdsInOrder);
            Assert.Contains(d.Severity, new[] { "error", "warning", "info" });
            Assert.True(d.StartLine >= 1 && d.StartColumn >= 1 && d.EndLine >= d.StartLine && d.EndColumn >= 1, d.ToString());
        }
        var summary = root.GetProperty("summary");
        Assert.Equal(diagnostics.Count(d => d.Severity == "error"), summary.GetProperty("errors").GetInt32());
        Assert.Equal(diagnostics.Count(d => d.Severity == "warning"), summary.GetProperty("warnings").GetInt32());
        Assert.Equal(diagnostics.Count(d => d.Severity == "info"), summary.GetProperty("info").GetInt32());
        Assert.Equal(r.ExitCode == ExitCodes.Findings, diagnostics.Any(d => d.Severity == "error"));
    }

    [Fact]
    public async Task Columns_count_utf16_units_after_an_emoji_on_a_crlf_line()
    {
        var path = Cli.Letter("crlf-emoji.txt");
        var bytes = File.ReadAllBytes(path);
        Assert.Contains((byte)'\r', bytes); // the letter kept its CRLF line endings (see .gitattributes)
        var lines = File.ReadAllText(path).Split("\r\n");

        var r = await Cli.RunAsync("check", path, "--format", "json", "--fail-on", "none");

        var attack = Assert.Single(Diagnostics(r.StdOut), d => d.RuleId == "TC002");
        var line = lines[attack.StartLine - 1];
        Assert.Contains("\U0001F624", line[..(attack.StartColumn - 1)]); // the emoji comes before the finding
        Assert.Equal(attack.Text, line[(attack.StartColumn - 1)..(attack.EndColumn - 1)]);
        Assert.DoesNotContain('\r', attack.Text);
    }

    [Fact]
    public async Task Msbuild_lines_have_the_problem_matcher_shape()
    {
        var r = await Cli.RunAsync("check", Cli.Letter("several-findings.txt"), "--format", "msbuild");

        var lines = r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        var shape = new System.Text.RegularExpressions.Regex(@"^.+\(\d+,\d+,\d+,\d+\): (error|warning|info) TC0(0[1-9]|1[01]): .+$");
        Assert.All(lines, l => Assert.Matches(shape, l));
    }

    // ---- docs ------------------------------------------------------------------------------------------------

    [Fact]
    public async Task Docs_writes_one_page_per_rule()
    {
        using var dir = new TempDir();
        var folder = dir.Combine("rules");

        var r = await Cli.RunAsync("docs", "--output", folder);

        Assert.Equal(ExitCodes.Clean, r.ExitCode);
        Assert.Equal(RuleIdsInOrder, Directory.GetFiles(folder, "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal));
        Assert.StartsWith("# TC002: personal-attack", File.ReadAllText(Path.Combine(folder, "TC002.md")));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    internal sealed record Diag(string RuleId, string Severity, int StartLine, int StartColumn, int EndLine, int EndColumn, string Text);

    internal static List<Diag> Diagnostics(string jsonReport)
    {
        using var json = JsonDocument.Parse(jsonReport);
        return json.RootElement.GetProperty("files").EnumerateArray()
            .SelectMany(f => f.GetProperty("diagnostics").EnumerateArray())
            .Select(d => new Diag(d.GetProperty("ruleId").GetString()!, d.GetProperty("severity").GetString()!,
                d.GetProperty("startLine").GetInt32(), d.GetProperty("startColumn").GetInt32(),
                d.GetProperty("endLine").GetInt32(), d.GetProperty("endColumn").GetInt32(), d.GetProperty("text").GetString()!))
            .ToList();
    }
}

/// <summary>Text output for a page-long line (a pasted draft with no line breaks): each finding shows the part of the
/// line around it, with the carets still under the reported words, and the run stays quick.</summary>
public class LongLineOutputTests
{
    [Fact]
    public async Task A_finding_on_a_page_long_line_shows_the_words_around_it_with_the_carets_under_them()
    {
        var filler = string.Concat(Enumerable.Repeat("we kept the project going through the spring and the summer ", 800));
        var text = "Dear Sam, " + filler + "and this is entirely your fault " + filler + "\n";
        var path = Path.Combine(Path.GetTempPath(), $"tonecheck-long-line-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text);
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var r = await Cli.RunAsync("check", path, "--no-model", "--fail-on", "none");
            var lines = r.StdOut.Split('\n');

            Assert.All(lines, l => Assert.True(l.Length <= TextOutput.MaxShownLine + 20, $"an output line of {l.Length} characters"));
            int snippet = Array.FindIndex(lines, l => l.StartsWith("    1 | …", StringComparison.Ordinal) && l.Contains("entirely your fault"));
            Assert.True(snippet >= 0, r.ToString());
            Assert.Equal(lines[snippet].IndexOf("entirely your fault", StringComparison.Ordinal), lines[snippet + 1].IndexOf('^'));
            // Quadratic rendering took minutes on a megabyte line; a generous bound that still catches it.
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_line_of_ordinary_length_is_shown_whole()
    {
        var line = new string('a', TextOutput.MaxShownLine);
        Assert.Equal((line, 0), TextOutput.Around(line, 10, 20));
    }
}
