using ToneCheck.Engine.Reporting;
using ToneCheck.Rules;

namespace ToneCheck.Cli.Tests;

/// <summary>The rule pages and the README's rules table are generated from the descriptors; they must not drift.</summary>
public class DocsDriftTests
{
    private static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ToneCheck.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    public static TheoryData<string> RuleIdsData() => new(RuleCatalog.All.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIdsData))]
    public void Rule_page_matches_its_descriptor(string id)
    {
        var path = Path.Combine(RepoRoot, "docs", "rules", id + ".md");
        Assert.True(File.Exists(path), $"{path} is missing: run 'tonecheck docs --readme README.md'.");
        Assert.Equal(RuleDocs.Render(RuleCatalog.Find(id)!), File.ReadAllText(path).Replace("\r\n", "\n"));
    }

    [Fact]
    public void Help_links_point_at_the_rule_pages()
    {
        foreach (var rule in RuleCatalog.All)
            Assert.EndsWith($"docs/rules/{rule.Id}.md", rule.Descriptor.HelpLinkUri);
    }

    [Fact]
    public void Config_schema_matches_the_rules()
    {
        var path = Path.Combine(RepoRoot, "docs", ToneCheck.Config.ConfigSchema.FileName);
        Assert.True(File.Exists(path), $"{path} is missing: run 'tonecheck docs --readme README.md'.");
        Assert.Equal(ToneCheck.Config.ConfigSchema.Render(), File.ReadAllText(path).Replace("\r\n", "\n"));
    }

    [Fact]
    public void Readme_rules_table_matches_the_descriptors()
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot, "README.md")).Replace("\r\n", "\n");
        Assert.Contains(RuleDocs.TableStart, readme);
        Assert.Equal(readme, RuleDocs.ReplaceTable(readme));
    }
}
