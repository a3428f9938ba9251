using static ToneCheck.Packs.Tests.TestSupport;

namespace ToneCheck.Packs.Tests;

/// <summary>A pack's examples are its tests: the shipped example pack passes them all, a broken pack is named line by line.</summary>
public class ExampleTests
{
    [Fact]
    public void Every_example_of_the_example_pack_passes()
    {
        var outcomes = PackTester.Run(PackLoader.Load(ExamplePack));

        Assert.Equal(24, outcomes.Count);
        Assert.True(outcomes.All(o => o.Passed), string.Join("\n", outcomes.Where(o => !o.Passed)));
    }

    [Fact]
    public void Example_pack_flag_examples_mark_spans_on_every_line_rule_and_none_on_the_required_rule()
    {
        var pack = PackLoader.Load(ExamplePack);
        foreach (var rule in pack.Rules)
        {
            var flags = rule.Examples.Where(e => e.Example.ShouldFlag).ToList();
            if (rule.Rule.Kind == ToneCheck.Rules.RuleKind.Line)
                Assert.True(flags.Count(e => e.Example.MarkedSpan is not null) >= 3, $"{rule.Rule.Id} marks fewer than three spans");
            else
                Assert.All(flags, e => Assert.Null(e.Example.MarkedSpan));
        }
    }

    [Fact]
    public void Broken_pack_reports_each_failing_example_at_its_line()
    {
        var folder = Fixture("broken-examples");
        var outcomes = PackTester.Run(PackLoader.Load(folder));

        var failures = outcomes.Where(o => !o.Passed).Select(o => o.ToString()).ToList();
        var keys = Path.Combine(folder, "keys.yml");
        var promises = Path.Combine(folder, "promises.yml");
        Assert.Equal(
        [
            $"{keys}:12: FIX002 pass example: expected no report, but it reported 'The lease ends in May.'.",
            $"{promises}:11: FIX001 flag example: expected a report on 'keep you posted', but it reported 'We will keep you posted on the sale'.",
            $"{promises}:12: FIX001 flag example: expected a report, but it reported nothing.",
            $"{promises}:14: FIX001 pass example: expected no report, but it reported 'We will keep you posted'.",
        ], failures);
        Assert.Equal(8, outcomes.Count);
    }
}
