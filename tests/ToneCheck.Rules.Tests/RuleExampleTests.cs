using Microsoft.CodeAnalysis.Text;
using ToneCheck.Engine;
using static ToneCheck.Rules.Tests.TestSupport;

namespace ToneCheck.Rules.Tests;

/// <summary>
/// A rule carries its own examples, and the examples are its tests (STYLE.md 3 and 5). Each example is checked
/// as a whole letter with only its own rule enabled: a line rule's Flag example must be reported exactly on the
/// marked <c>[|span|]</c>, a Pass example must stay silent; a document rule's Flag example must be reported and
/// its Pass example must not.
/// </summary>
public class RuleExampleTests
{
    /// <summary>Every example of every rule of the catalogue, named by rule ID and index.</summary>
    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var rule in RuleCatalog.All)
            for (int i = 0; i < rule.Examples.Length; i++) data.Add(rule.Id, i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_behaves_as_marked(string ruleId, int index)
    {
        var rule = RuleCatalog.Find(ruleId);
        Assert.NotNull(rule);
        var example = rule!.Examples[index];
        var text = example.PlainText;

        var result = new ToneChecker(rules: [rule]).Check(text, $"{ruleId}-example-{index}.txt");
        var mine = result.Diagnostics.Where(d => d.Id == ruleId).ToList();
        string Describe() =>
            $"{ruleId} ({rule.Name}, {rule.Kind}) example {index} {(example.ShouldFlag ? "Flag" : "Pass")}" +
            (example.Note is null ? "" : $" ({example.Note})") + $":\n  {example.Text.Replace("\n", "\\n")}\nDiagnostics found:\n{Format(result)}";

        if (!example.ShouldFlag)
        {
            Assert.True(mine.Count == 0, "Expected no diagnostic. " + Describe());
            return;
        }

        if (rule.Kind == RuleKind.Document)
        {
            Assert.True(mine.Count > 0, "Expected the rule to report. " + Describe());
            return;
        }

        var marked = example.MarkedSpan;
        Assert.True(marked is not null, "A line rule's Flag example must mark the expected span with [|...|]. " + Describe());
        var expected = TextSpan.FromBounds(marked!.Value.Start, marked.Value.End);
        Assert.True(mine.Any(d => d.Location.SourceSpan == expected),
            $"Expected a diagnostic on [{expected.Start}..{expected.End}) '{text[expected.Start..expected.End]}'. " + Describe());
    }

    [Fact]
    public void Every_rule_has_examples_in_the_theory()
    {
        var count = Examples().Count();
        Assert.Equal(RuleCatalog.All.Sum(r => r.Examples.Length), count);
        Assert.True(count > 0);
    }

    [Fact]
    public void Line_rule_flag_examples_mark_a_nonempty_span()
    {
        var bad = RuleCatalog.All.Where(r => r.Kind == RuleKind.Line)
            .SelectMany(r => r.Examples.Select((e, i) => (Rule: r.Id, Index: i, Example: e)))
            .Where(x => x.Example.ShouldFlag && (x.Example.MarkedSpan is not { } s || s.End <= s.Start))
            .Select(x => $"{x.Rule} #{x.Index}: {x.Example.Text}")
            .ToList();
        Assert.True(bad.Count == 0, "Flag examples of line rules without a marked span:\n" + string.Join("\n", bad));
    }

    [Fact]
    public void Pass_and_document_examples_carry_no_span_markers()
    {
        var bad = RuleCatalog.All
            .SelectMany(r => r.Examples.Select((e, i) => (Rule: r, Index: i, Example: e)))
            .Where(x => (!x.Example.ShouldFlag || x.Rule.Kind == RuleKind.Document)
                && (x.Example.Text.Contains("[|", StringComparison.Ordinal) || x.Example.Text.Contains("|]", StringComparison.Ordinal)))
            .Select(x => $"{x.Rule.Id} #{x.Index}: {x.Example.Text}")
            .ToList();
        Assert.True(bad.Count == 0, "Examples whose markers would be ignored:\n" + string.Join("\n", bad));
    }
}
