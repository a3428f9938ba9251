using Microsoft.CodeAnalysis;
using ToneCheck.Ml;

namespace ToneCheck.Config.Tests;

public class DiscoveryTests
{
    [Fact]
    public void The_nearest_file_wins_key_by_key_and_rule_settings_merge()
    {
        using var tree = new TempTree();
        tree.Write("tonecheck.yml", "language: en\nrules:\n  TC009: none\n  TC003:\n    stacked-reasons: 4\n    grievance-list-items: 4\n");
        tree.Write("clinic/tonecheck.yml", "rules:\n  TC009: error\n  TC003:\n    grievance-list-items: 2\n");
        var letter = tree.Write("clinic/patients/letter.txt", "Dear Sam,");

        var config = new ConfigResolver().ForLetter(letter);

        Assert.Equal([tree.PathOf("tonecheck.yml"), tree.PathOf("clinic/tonecheck.yml")], config.Sources.Where(s => s.StartsWith(tree.Root, StringComparison.Ordinal)));
        Assert.Equal(ReportDiagnostic.Error, config.Severities["TC009"]);
        Assert.Equal("4", config.OptionValues["TC003.stacked-reasons"]);
        Assert.Equal("2", config.OptionValues["TC003.grievance-list-items"]);
        Assert.Equal("en", config.Language);
    }

    [Fact]
    public void Root_true_stops_the_search_upwards()
    {
        using var tree = new TempTree();
        tree.Write("tonecheck.yml", "rules:\n  TC009: none\n");
        tree.Write("team/tonecheck.yml", "root: true\nrules:\n  TC010: info\n");
        var letter = tree.Write("team/a.txt", "Hello");

        var config = new ConfigResolver().ForLetter(letter);

        Assert.Equal([tree.PathOf("team/tonecheck.yml")], config.Sources);
        Assert.False(config.Severities.ContainsKey("TC009"));
        Assert.Equal(ReportDiagnostic.Info, config.Severities["TC010"]);
    }

    [Fact]
    public void An_explicit_file_replaces_discovery()
    {
        using var tree = new TempTree();
        tree.Write("tonecheck.yml", "rules:\n  TC009: none\n");
        var other = tree.Write("elsewhere/strict.yml", "root: true\nrules:\n  TC010: error\n");
        var letter = tree.Write("a.txt", "Hello");

        var config = new ConfigResolver(other).ForLetter(letter);

        Assert.Equal([Path.GetFullPath(other)], config.Sources);
        Assert.False(config.Severities.ContainsKey("TC009"));
        Assert.Throws<ConfigException>(() => new ConfigResolver(tree.PathOf("missing.yml")));
    }

    [Fact]
    public void A_broken_file_on_the_way_up_is_reported_with_its_position()
    {
        using var tree = new TempTree();
        tree.Write("tonecheck.yml", "rules:\n  TC009: sometimes\n");
        var letter = tree.Write("deep/er/a.txt", "Hello");
        var e = Assert.Throws<ConfigException>(() => new ConfigResolver().ForLetter(letter));
        Assert.Equal((tree.PathOf("tonecheck.yml"), 2, 10), (e.File, e.Line, e.Column));
    }

    [Fact]
    public void Include_and_exclude_are_read_relative_to_the_file_that_sets_them()
    {
        using var tree = new TempTree();
        tree.Write("tonecheck.yml", "root: true\ninclude: [\"letters/**/*.txt\"]\nexclude: [\"letters/archive/**\"]\n");
        var resolver = new ConfigResolver();
        bool Included(string relative) => resolver.ForLetter(tree.Write(relative, "x")).Includes(tree.PathOf(relative));

        Assert.True(Included("letters/a.txt"));
        Assert.True(Included("letters/2026/b.txt"));
        Assert.False(Included("letters/archive/old.txt"));
        Assert.False(Included("letters/notes.md"));
        Assert.False(Included("other/c.txt"));
    }

    [Fact]
    public void Overrides_win_over_files_and_the_model_loads_only_when_wanted()
    {
        using var tree = new TempTree();
        tree.Write("tonecheck.yml", "root: true\nmodel: off\nrules:\n  TC009: none\n");
        var letter = tree.Write("a.txt", "Hi Sam,\n\nWe have decided to stop working together.\n\nBest,\nAlex");
        int loads = 0;
        SentenceModel? Load() { loads++; return null; }

        var fromFile = new ConfiguredCheckers(new ConfigResolver(), Load);
        var result = fromFile.For(letter).Check(File.ReadAllText(letter), letter);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TC009");
        Assert.Equal(0, loads);

        var overridden = new ConfiguredCheckers(new ConfigResolver(), Load,
            new Overrides(new Dictionary<string, ReportDiagnostic> { ["TC009"] = ReportDiagnostic.Error }, Model: true));
        result = overridden.For(letter).Check(File.ReadAllText(letter), letter);
        Assert.Contains(result.Diagnostics, d => d.Id == "TC009" && d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(1, loads);
        Assert.Same(overridden.For(letter), overridden.For(tree.Write("b.txt", "x")));
    }

    [Fact]
    public void The_configured_language_is_used_unless_the_run_asks_for_detection()
    {
        using var tree = new TempTree();
        tree.Write("tonecheck.yml", "root: true\nlanguage: cy\n");
        var letter = tree.Write("a.txt", "Hi Sam,\n\nWe are ending our agreement on 30 June.\n\nBest,\nAlex");
        var text = File.ReadAllText(letter);

        Assert.Equal("cy", new ConfiguredCheckers(new ConfigResolver(), () => null).For(letter).Check(text, letter).Language);
        Assert.Equal("en", new ConfiguredCheckers(new ConfigResolver(), () => null, new Overrides(Language: "auto")).For(letter).Check(text, letter).Language);
    }

    [Fact]
    public void The_configured_messages_language_is_used_unless_the_run_asks_for_the_letters()
    {
        using var tree = new TempTree();
        tree.Write("tonecheck.yml", "root: true\nlanguage: cy\nmessages: en\n");
        var letter = tree.Write("a.txt", "x");
        Assert.Equal("en", new ConfiguredCheckers(new ConfigResolver(), () => null).For(letter).Messages);
        Assert.Null(new ConfiguredCheckers(new ConfigResolver(), () => null, new Overrides(Messages: "letter")).For(letter).Messages);
        Assert.Equal("cy", new ConfiguredCheckers(new ConfigResolver(), () => null, new Overrides(Messages: "letter")).For(letter).Check("Annwyl Sam,\n\nDiolch.", letter).MessageLanguage);
    }

    [Fact]
    public void Packs_listed_in_the_file_run_and_their_rules_take_severities()
    {
        using var tree = new TempTree();
        var pack = Path.Combine(Repo.Root, "src", "ToneCheck.Packs", "Examples", "legal-services");
        tree.Write("tonecheck.yml", $"root: true\npacks: [\"{pack}\"]\nrules:\n  LEGAL001: error\n");
        var letter = tree.Write("a.txt", "x");
        var checker = new ConfiguredCheckers(new ConfigResolver(), () => null).For(letter);
        Assert.Contains(checker.Rules, r => r.Id == "LEGAL001");
        Assert.Contains(checker.Rules, r => r.Id == "TC001");

        tree.Write("tonecheck.yml", $"root: true\npacks: [\"{pack}\"]\nrules:\n  LEGAL999: error\n");
        var e = Assert.Throws<ConfigException>(() => new ConfiguredCheckers(new ConfigResolver(), () => null).For(letter));
        Assert.Equal((4, 3), (e.Line, e.Column));
        Assert.Contains("no rule 'LEGAL999'", e.Problem);
    }
}
