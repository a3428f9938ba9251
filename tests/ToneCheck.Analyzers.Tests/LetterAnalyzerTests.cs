using Microsoft.CodeAnalysis;
using ToneCheck.Engine;
using ToneCheck.Rules;

namespace ToneCheck.Analyzers.Tests;

/// <summary>
/// The analyzer on an in-memory compilation: where its diagnostics land, that it reports exactly what the engine
/// reports with the rules alone, which additional files it reads, and how configured severities reach it.
/// </summary>
public class LetterAnalyzerTests
{
    [Fact]
    public async Task A_finding_lands_on_the_marked_words_of_the_letter_file()
    {
        var diagnostics = await AnalyzerHarness.RunAsync([AnalyzerHarness.Letter("letters/goodbye.txt", Letters.Plain(Letters.Goodbye))]);

        var blame = Assert.Single(diagnostics, d => d.Id == RuleIds.Blame);
        Assert.Equal("letters/goodbye.txt", blame.Location.GetLineSpan().Path);
        Assert.Equal(Letters.Marked(Letters.Goodbye), blame.Location.SourceSpan);
        var start = blame.Location.GetLineSpan().StartLinePosition;
        Assert.Equal(Letters.Position(Letters.Goodbye), $"({start.Line + 1},{start.Character + 1})");
        Assert.Equal(DiagnosticSeverity.Warning, blame.Severity);
        // Thanks, referral, next steps and the end are all there; only the informational elements may be missing.
        Assert.All(diagnostics.Where(d => d != blame), d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
    }

    [Fact]
    public async Task The_stronger_rule_wins_where_two_overlap()
    {
        var diagnostics = await AnalyzerHarness.RunAsync([AnalyzerHarness.Letter("attack.txt", Letters.Plain(Letters.Attack))]);

        var attack = Assert.Single(diagnostics, d => d.Id == RuleIds.PersonalAttack);
        Assert.Equal(Letters.Marked(Letters.Attack), attack.Location.SourceSpan);
        Assert.Equal(DiagnosticSeverity.Error, attack.Severity);
        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.Blame);
    }

    public static TheoryData<string> CorpusLetters()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "corpus", "examples"), "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(TestPaths.RepoRoot, file));
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "corpus", "letters", "en"), "*.txt").Order(StringComparer.Ordinal).Take(12))
            data.Add(Path.GetRelativePath(TestPaths.RepoRoot, file));
        // A letter in Welsh: the analyzer reads it with the Welsh data, as the engine does (or names it with TC000
        // where a language has no data).
        data.Add(Path.GetRelativePath(TestPaths.RepoRoot, Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "tests", "ToneCheck.Rules.Tests", "DevSet", "cy"), "*.txt")
            .Order(StringComparer.Ordinal).First()));
        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusLetters))]
    public async Task Reports_what_the_engine_reports_with_the_rules_alone(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, relativePath));
        var expected = new ToneChecker().Check(text, relativePath).Diagnostics;

        var actual = await AnalyzerHarness.RunAsync([AnalyzerHarness.Letter(relativePath, text)]);

        Assert.Equal(expected.Select(Describe), actual.Select(Describe));
    }

    [Fact]
    public async Task A_welsh_letter_is_reported_in_welsh_in_the_build()
    {
        var welsh = RuleText.Translations("cy", RuleIds.MissingThanks);
        var diagnostics = await AnalyzerHarness.RunAsync([AnalyzerHarness.Letter("llythyrau/diwedd.txt", welsh["example.reported"])]);
        var thanks = diagnostics.Single(d => d.Id == RuleIds.MissingThanks);
        Assert.Equal(welsh["missing"], thanks.GetMessage());
        Assert.Equal("cy", thanks.Properties[DiagnosticKeys.MessageLanguage]);
    }

    [Fact]
    public async Task Every_diagnostic_says_it_comes_from_the_rules_and_is_declared()
    {
        var analyzer = new LetterAnalyzer();
        var diagnostics = await AnalyzerHarness.RunAsync(
        [
            AnalyzerHarness.Letter("a.txt", Letters.Plain(Letters.Goodbye)),
            AnalyzerHarness.Letter("b.txt", Letters.Plain(Letters.Attack)),
        ]);

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal("rules", d.Properties[DiagnosticKeys.Source]));
        Assert.All(RuleCatalog.All, r => Assert.Contains(r.Descriptor, analyzer.SupportedDiagnostics));
        Assert.All(diagnostics, d => Assert.Contains(d.Descriptor, analyzer.SupportedDiagnostics));
    }

    [Fact]
    public async Task Additional_files_not_marked_as_letters_are_ignored()
    {
        var text = Letters.Plain(Letters.Attack);

        var diagnostics = await AnalyzerHarness.RunAsync(
        [
            new TestAdditionalText("no-metadata.txt", text, toneCheck: null),
            new TestAdditionalText("switched-off.txt", text, toneCheck: "false"),
            new TestAdditionalText("empty-value.txt", text, toneCheck: ""),
            new TestAdditionalText("marked.txt", text, toneCheck: "True"),
        ]);

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal("marked.txt", d.Location.GetLineSpan().Path));
    }

    [Fact]
    public async Task A_global_config_severity_changes_a_rule_and_none_switches_it_off()
    {
        var letters = new[]
        {
            AnalyzerHarness.Letter("goodbye.txt", Letters.Plain(Letters.Goodbye)),
            AnalyzerHarness.Letter("attack.txt", Letters.Plain(Letters.Attack)),
        };

        var diagnostics = await AnalyzerHarness.RunAsync(letters, globalConfig: new Dictionary<string, ReportDiagnostic>
        {
            [RuleIds.Blame] = ReportDiagnostic.Error,
            [RuleIds.PersonalAttack] = ReportDiagnostic.Suppress,
        });

        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.PersonalAttack);
        var blame = diagnostics.Where(d => d.Id == RuleIds.Blame).ToList();
        Assert.Equal(["attack.txt", "goodbye.txt"], blame.Select(d => d.Location.GetLineSpan().Path).Order(StringComparer.Ordinal));
        Assert.All(blame, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        // With TC002 off it no longer wins the overlap: the blame in the same words is reported, as the CLI does.
        var cli = new ToneChecker(severities: new Dictionary<string, ReportDiagnostic> { [RuleIds.PersonalAttack] = ReportDiagnostic.Suppress })
            .Check(Letters.Plain(Letters.Attack), "attack.txt").Diagnostics.Single(d => d.Id == RuleIds.Blame);
        Assert.Equal(cli.Location.SourceSpan, blame.Single(d => d.Location.GetLineSpan().Path == "attack.txt").Location.SourceSpan);
    }

    [Fact]
    public async Task WarningsAsErrors_makes_a_rule_an_error()
    {
        var diagnostics = await AnalyzerHarness.RunAsync([AnalyzerHarness.Letter("goodbye.txt", Letters.Plain(Letters.Goodbye))],
            commandLine: new Dictionary<string, ReportDiagnostic> { [RuleIds.Blame] = ReportDiagnostic.Error });

        var blame = Assert.Single(diagnostics, d => d.Id == RuleIds.Blame);
        Assert.Equal(DiagnosticSeverity.Error, blame.Severity);
        Assert.True(blame.IsWarningAsError);
    }

    [Fact]
    public async Task NoWarn_on_the_command_line_wins_over_the_global_config()
    {
        var diagnostics = await AnalyzerHarness.RunAsync([AnalyzerHarness.Letter("goodbye.txt", Letters.Plain(Letters.Goodbye))],
            globalConfig: new Dictionary<string, ReportDiagnostic> { [RuleIds.Blame] = ReportDiagnostic.Error },
            commandLine: new Dictionary<string, ReportDiagnostic> { [RuleIds.Blame] = ReportDiagnostic.Suppress });

        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.Blame);
    }

    private static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        var properties = string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        return $"{span.Path}({span.StartLinePosition}-{span.EndLinePosition}) {d.Severity} {d.Id}: {d.GetMessage()} [{properties}]";
    }
}
