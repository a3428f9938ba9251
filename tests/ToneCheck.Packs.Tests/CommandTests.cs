using System.Text.Json.Nodes;
using static ToneCheck.Packs.Tests.TestSupport;

namespace ToneCheck.Packs.Tests;

/// <summary><c>tonecheck test-rules</c> and <c>tonecheck check --pack</c>, run in process.</summary>
public class CommandTests
{
    private static readonly string Letter = Lines(
        "Dear Ms Reyes,",
        "",
        "We are writing to confirm that we will no longer act for you after 30 June.",
        "As we explained, we lost the appeal because of your late instructions. We will keep you informed.",
        "",
        "Regards,",
        "P. Lin");

    private static string WriteLetter(TempPack dir, string text)
    {
        var path = dir.PathOf("letter.txt");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Test_rules_on_the_example_pack_passes_with_exit_0()
    {
        var (code, stdout, stderr) = await RunAsync("test-rules", ExamplePack);

        Assert.True(code == 0, stdout + stderr);
        Assert.Equal("legal-services: 3 rules, 24 examples, 24 passed, 0 failed.\n", stdout);
        Assert.Equal("", stderr);
    }

    [Fact]
    public async Task Test_rules_on_a_broken_pack_lists_the_failures_and_exits_1()
    {
        var folder = Fixture("broken-examples");
        var (code, stdout, _) = await RunAsync("test-rules", folder);

        Assert.Equal(1, code);
        var lines = stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.StartsWith($"{Path.Combine(folder, "keys.yml")}:12: FIX002 pass example:", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{Path.Combine(folder, "promises.yml")}:11: FIX001 flag example:", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"{Path.Combine(folder, "promises.yml")}:12: FIX001 flag example:", lines[2], StringComparison.Ordinal);
        Assert.StartsWith($"{Path.Combine(folder, "promises.yml")}:14: FIX001 pass example:", lines[3], StringComparison.Ordinal);
        Assert.Equal("broken-examples: 2 rules, 8 examples, 4 passed, 4 failed.", lines[4]);
    }

    [Fact]
    public async Task Test_rules_on_a_pack_that_does_not_load_exits_2_with_file_line_and_column()
    {
        var folder = Fixture("unloadable");
        var (code, stdout, stderr) = await RunAsync("test-rules", folder);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        var bad = Path.Combine(folder, "bad.yml");
        Assert.Equal(
        [
            $"{bad}:1:5: id 'TC101' uses the TC prefix, which belongs to ToneCheck's own rules; give the pack a prefix of its own, like LEGAL001.",
            $"{bad}:4:11: severity 'loud' is not one of: error, warning, info.",
            $"{bad}:6:5: Pattern 'you (failed|forgot': missing ')' at column 19.",
            "tonecheck: the rule pack could not be loaded (3 problems).",
        ], stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Check_with_a_pack_reports_its_rules_in_json_with_ids_names_and_places()
    {
        using var dir = new TempPack();
        var letter = WriteLetter(dir, Letter);

        var (code, stdout, stderr) = await RunAsync("check", letter, "--pack", ExamplePack, "--format", "json", "--no-model");

        Assert.True(code == 0, stderr);
        var diagnostics = JsonNode.Parse(stdout)!["files"]![0]!["diagnostics"]!.AsArray();
        var mine = diagnostics.Where(d => d!["ruleId"]!.GetValue<string>().StartsWith("LEGAL", StringComparison.Ordinal))
            .Select(d => (Id: (string)d!["ruleId"]!, Name: (string)d["ruleName"]!, Line: (int)d["startLine"]!, Column: (int)d["startColumn"]!,
                EndColumn: (int)d["endColumn"]!, Text: (string)d["text"]!, Kind: (string)d["kind"]!, Severity: (string)d["severity"]!))
            .ToList();
        Assert.Equal(
        [
            ("LEGAL002", "blaming-client-outcome", 4, 18, 70, "we lost the appeal because of your late instructions", "line", "warning"),
            ("LEGAL001", "continuing-representation", 4, 72, 97, "We will keep you informed", "line", "warning"),
            ("LEGAL003", "file-handover", 6, 1, 9, "Regards,", "document", "warning"),
        ], mine);
        var handover = diagnostics.Single(d => (string)d!["ruleId"]! == "LEGAL003")!;
        Assert.StartsWith("Your file is ready to collect", (string)handover["suggestion"]!, StringComparison.Ordinal);
        // The catalogue's rules still run beside the pack's.
        Assert.Contains(diagnostics, d => (string)d!["ruleId"]! == "TC001");
    }

    [Fact]
    public async Task Check_with_a_pack_and_the_model_keeps_the_pack_findings()
    {
        using var dir = new TempPack();
        var letter = WriteLetter(dir, Letter);

        var (code, stdout, stderr) = await RunAsync("check", letter, "--pack", ExamplePack, "--format", "json");

        Assert.True(code == 0, stderr);
        var ids = JsonNode.Parse(stdout)!["files"]![0]!["diagnostics"]!.AsArray().Select(d => (string)d!["ruleId"]!).ToList();
        Assert.Contains("LEGAL001", ids);
        Assert.Contains("LEGAL002", ids);
        Assert.Contains("LEGAL003", ids);
    }

    [Fact]
    public async Task Check_with_a_pack_describes_its_rules_in_sarif()
    {
        using var dir = new TempPack();
        var letter = WriteLetter(dir, Letter);

        var (code, stdout, stderr) = await RunAsync("check", letter, "--pack", ExamplePack, "--format", "sarif", "--no-model");

        Assert.True(code == 0, stderr);
        var run = JsonNode.Parse(stdout)!["runs"]![0]!;
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.Equal(14, rules.Count);
        foreach (var result in run["results"]!.AsArray())
        {
            int index = (int)result!["ruleIndex"]!;
            Assert.Equal((string)result["ruleId"]!, (string)rules[index]!["id"]!);
        }
        var handover = rules.Single(r => (string)r!["id"]! == "LEGAL003")!;
        Assert.Equal("file-handover", (string)handover["name"]!);
        Assert.Equal("File handover", (string)handover["shortDescription"]!["text"]!);
        Assert.Null(handover["helpUri"]);
    }

    [Fact]
    public async Task Severity_applies_to_pack_rules()
    {
        using var dir = new TempPack();
        var letter = WriteLetter(dir, Letter);

        var (code, stdout, _) = await RunAsync("check", letter, "--pack", ExamplePack, "--format", "json", "--no-model",
            "--severity", "LEGAL001=none", "--severity", "legal003=error");

        Assert.Equal(1, code);
        var diagnostics = JsonNode.Parse(stdout)!["files"]![0]!["diagnostics"]!.AsArray();
        Assert.DoesNotContain(diagnostics, d => (string)d!["ruleId"]! == "LEGAL001");
        Assert.Equal("error", (string)diagnostics.Single(d => (string)d!["ruleId"]! == "LEGAL003")!["severity"]!);
    }

    [Fact]
    public async Task Severity_for_a_pack_rule_without_the_pack_is_a_usage_error()
    {
        using var dir = new TempPack();
        var letter = WriteLetter(dir, Letter);

        var (code, _, stderr) = await RunAsync("check", letter, "--severity", "LEGAL001=none");

        Assert.Equal(2, code);
        Assert.Contains("from a loaded --pack", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_and_explain_show_pack_rules()
    {
        var (code, stdout, _) = await RunAsync("rules", "--pack", ExamplePack);
        Assert.Equal(0, code);
        Assert.Contains("LEGAL003 file-handover        document  warning  File handover\n", stdout, StringComparison.Ordinal);
        Assert.Equal(15, stdout.TrimEnd('\n').Split('\n').Length);

        (code, stdout, _) = await RunAsync("explain", "continuing-representation", "--pack", ExamplePack);
        Assert.Equal(0, code);
        Assert.StartsWith("LEGAL001 continuing-representation: Continuing representation (warning)\n\nOnce the retainer ends,", stdout, StringComparison.Ordinal);
        Assert.Contains("Reported:\n  We will continue to monitor your matter, and we will write if anything changes.\n", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("More:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_with_two_packs_runs_both_and_a_broken_pack_stops_with_exit_2()
    {
        using var dir = new TempPack();
        var letter = WriteLetter(dir, Letter.Replace("We will keep you informed.", "We will keep you posted. Please return your keys.", StringComparison.Ordinal));

        var (code, stdout, stderr) = await RunAsync("check", letter, "--pack", ExamplePack, "--pack", Fixture("broken-examples"), "--format", "json", "--no-model");
        Assert.True(code == 0, stderr);
        Assert.Contains("\"ruleId\": \"FIX001\"", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\"ruleId\": \"FIX002\"", stdout, StringComparison.Ordinal);

        (code, stdout, stderr) = await RunAsync("check", letter, "--pack", ExamplePack, "--pack", Fixture("unloadable"));
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains($"{Path.Combine(Fixture("unloadable"), "bad.yml")}:4:11: severity 'loud'", stderr, StringComparison.Ordinal);
    }
}
