using ToneCheck.Engine;
using ToneCheck.Engine.Reporting;

namespace ToneCheck.Config.Tests;

public class SuppressionTests
{
    private static readonly ToneChecker Checker = new(language: "en");

    private const string Letter =
        "Hi Marcus,\n\nWe won't be renewing the retainer when it ends on 31 March, since your team kept changing the brief. " +
        "Frankly, you are impossible to work with.\n\nAll the best,\nSophie";

    private static FileReport Check(string path) => FileReport.From(Checker.Check(File.ReadAllText(path), path));

    [Fact]
    public void Judged_findings_stay_suppressed_when_lines_move_and_come_back_when_the_words_change()
    {
        using var tree = new TempTree();
        var letter = tree.Write("letters/marcus.txt", Letter);
        var before = Check(letter);
        Assert.Contains(before.Diagnostics, d => d.RuleId == "TC002");

        var file = tree.PathOf(Suppressions.FileName);
        Suppressions.Empty(file).Update([before]).Save(file);
        var saved = Suppressions.Load(file);
        Assert.Equal(before.Diagnostics.Count, saved.Entries.Count);
        Assert.All(saved.Entries, e => Assert.Equal("letters/marcus.txt", e.File));

        // Two paragraphs added above: every finding moves down, none is new.
        File.WriteAllText(letter, Letter.Replace("Hi Marcus,\n\n", "Hi Marcus,\n\nI hope the launch went well.\n\nA quick note first.\n\n"));
        var moved = saved.Apply(Check(letter));
        Assert.All(moved.Diagnostics.Where(d => before.Diagnostics.Any(b => b.RuleId == d.RuleId && b.Text == d.Text)),
            d => Assert.NotNull(d.Suppression));
        Assert.Contains(moved.Diagnostics, d => d.RuleId == "TC002" && d.StartLine > before.Diagnostics.First(b => b.RuleId == "TC002").StartLine);

        // New words are a new finding.
        File.WriteAllText(letter, Letter.Replace("impossible to work with", "rude to our designers"));
        var changed = saved.Apply(Check(letter));
        Assert.Contains(changed.Diagnostics, d => d.RuleId == "TC002" && d.Suppression is null);
    }

    [Fact]
    public void The_same_words_twice_are_two_findings()
    {
        var twice = Letter.Replace("Frankly, you are impossible to work with.", "Frankly, you are impossible to work with. Honestly, you are impossible to work with.");
        var report = FileReport.From(Checker.Check(twice, "a.txt"));
        var attacks = report.Diagnostics.Where(d => d.RuleId == "TC002").ToList();
        Assert.Equal(2, attacks.Count);
        Assert.NotEqual(attacks[0].Fingerprint, attacks[1].Fingerprint);
    }

    [Fact]
    public void Updating_keeps_other_letters_and_justifications()
    {
        using var tree = new TempTree();
        var a = tree.Write("a.txt", Letter);
        var b = tree.Write("b.txt", Letter.Replace("Marcus", "Jo"));
        var file = tree.PathOf(Suppressions.FileName);
        Suppressions.Empty(file).Update([Check(a), Check(b)]).Save(file);
        var text = File.ReadAllText(file).Replace("  file: a.txt\n", "  file: a.txt\n  justification: agreed with the partners\n");
        File.WriteAllText(file, text);

        Suppressions.Load(file).Update([Check(a)]).Save(file);
        var again = Suppressions.Load(file);
        Assert.Contains(again.Entries, e => e.File == "b.txt");
        Assert.Contains(again.Entries, e => e.File == "a.txt" && e.Justification == "agreed with the partners");
        Assert.Contains(again.Apply(Check(a)).Diagnostics, d => d.Suppression?.Justification == "agreed with the partners");
    }

    [Fact]
    public void A_sarif_report_works_as_a_baseline()
    {
        using var tree = new TempTree();
        var letter = tree.Write("letters/marcus.txt", Letter);
        var report = Check(letter) with { Path = "letters/marcus.txt" };
        var sarif = tree.Write("baseline.sarif", SarifReport.Render([report], "test"));

        var baseline = Suppressions.Load(sarif);
        var applied = baseline.Apply(Check(letter));
        Assert.NotEmpty(applied.Diagnostics);
        Assert.All(applied.Diagnostics, d => Assert.NotNull(d.Suppression));
    }

    [Theory]
    [InlineData("suppressions:\n  - rule: TC001\n    file: a.txt\n", 2, 5, "no 'fingerprint'")]
    [InlineData("suppressions:\n  - rule: TC001\n    colour: red\n", 3, 5, "unknown key 'colour'")]
    [InlineData("ignored: []\n", 1, 1, "unknown key 'ignored'")]
    public void A_bad_suppressions_file_names_the_place(string yaml, int line, int column, string problem)
    {
        using var tree = new TempTree();
        var file = tree.Write(Suppressions.FileName, yaml);
        var e = Assert.Throws<ConfigException>(() => Suppressions.Load(file));
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.Contains(problem, e.Problem);
    }

    [Fact]
    public void The_nearest_suppressions_file_applies()
    {
        using var tree = new TempTree();
        var letter = tree.Write("team/letters/a.txt", Letter);
        var file = tree.PathOf("team/" + Suppressions.FileName);
        Suppressions.Empty(file).Update([Check(letter)]).Save(file);
        var found = new SuppressionsResolver().ForLetter(letter);
        Assert.Equal(Path.GetFullPath(file), Path.GetFullPath(found!.Path));
        Assert.All(found.Apply(Check(letter)).Diagnostics, d => Assert.NotNull(d.Suppression));
    }
}
