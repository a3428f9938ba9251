using static ToneCheck.Packs.Tests.TestSupport;

namespace ToneCheck.Packs.Tests;

/// <summary>Whatever a rule file holds, loading it either succeeds or lists problems: never a crash or a hang.</summary>
public class RobustnessTests
{
    // The rule's own mapping is the first level, so the 16th bracket is the one too many.
    [Theory]
    [InlineData("id: ", "[", 1, 20)]
    [InlineData("examples: ", "{a: ", 1, 71)]
    public void Deep_nesting_is_refused_before_it_can_overflow_the_stack(string prefix, string open, int line, int column)
    {
        using var pack = new TempPack(("deep.yml", prefix + string.Concat(Enumerable.Repeat(open, 200_000)) + "\n"));
        var error = Assert.Single(pack.Errors());
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains("nested more than 16 levels deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prefixes_of_the_example_rules_load_or_report_problems()
    {
        using var pack = new TempPack();
        foreach (var file in Directory.GetFiles(ExamplePack, "*.yml"))
        {
            var text = File.ReadAllText(file);
            // Every 23rd cut: cuts inside keys, values, quotes, block scalars and lists, in a few seconds.
            for (int length = 0; length < text.Length; length += 23)
            {
                File.WriteAllText(pack.PathOf("rule.yml"), text[..length]);
                try
                {
                    pack.Load();
                }
                catch (PackLoadException e)
                {
                    Assert.All(e.Errors, error => Assert.True(error.Line >= 1 && error.Column >= 1 && error.Message.Length > 0, error.ToString()));
                }
            }
        }
    }

    [Fact]
    public void Oversized_rule_file_is_refused()
    {
        using var pack = new TempPack(("big.yml", "# " + new string('x', PackLoader.MaxFileBytes) + "\n"));
        var error = Assert.Single(pack.Errors());
        Assert.Contains("larger than the 1024 KB a rule file may have", error.Message, StringComparison.Ordinal);
    }
}
