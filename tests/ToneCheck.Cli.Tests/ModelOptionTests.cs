using System.Text.Json;

namespace ToneCheck.Cli.Tests;

/// <summary>The classifier from the command line: on by default, off with --no-model, a clear error when it cannot load.</summary>
public class ModelOptionTests
{
    [Fact]
    public async Task Every_json_diagnostic_says_which_source_produced_it()
    {
        var result = await Cli.RunAsync("check", Cli.Letter("several-findings.txt"), "--format", "json");
        using var doc = JsonDocument.Parse(result.StdOut);
        var sources = doc.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Select(d => d.GetProperty("source").GetString()).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.Contains(s, new[] { "rules", "model" }));
    }

    [Fact]
    public async Task No_model_reports_rules_only()
    {
        var result = await Cli.RunAsync("check", Cli.Letter("several-findings.txt"), "--format", "sarif", "--no-model");
        using var doc = JsonDocument.Parse(result.StdOut);
        var sources = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("properties").GetProperty("source").GetString()).Distinct().ToList();
        Assert.Equal(["rules"], sources);
    }

    [Fact]
    public async Task A_missing_model_folder_is_a_clear_error_with_exit_2()
    {
        var empty = Directory.CreateTempSubdirectory("tonecheck-nomodel").FullName;
        var result = await Cli.RunAsync("check", Cli.Letter("good.txt"), "--model-dir", empty);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("missing", result.StdErr);
        Assert.Contains("--no-model", result.StdErr);
    }

    [Fact]
    public async Task Eval_modes_score_rules_model_and_hybrid()
    {
        foreach (var mode in new[] { "rules", "model", "hybrid" })
        {
            var result = await Cli.RunAsync("eval", Cli.Labelled, "--mode", mode, "--format", "json");
            Assert.True(result.ExitCode == 0, result.ToString());
            using var doc = JsonDocument.Parse(result.StdOut);
            Assert.Equal(11, doc.RootElement.GetProperty("rules").GetArrayLength());
        }
    }
}
