using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.CodeAnalysis;
using YamlDotNet.RepresentationModel;

namespace ToneCheck.Config.Tests;

public class ConfigFileTests
{
    // Built once: the schema registers its $id globally, and registering it twice is refused.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(Repo.Root, "docs", ConfigSchema.FileName))));

    [Fact]
    public void The_readme_example_reads_into_every_setting()
    {
        var config = ConfigFile.Parse(Repo.ReadmeExample(), "/repo/tonecheck.yml");
        Assert.True(config.Root);
        Assert.Equal("auto", config.Language);
        Assert.True(config.Model);
        Assert.Equal(["letters/**/*.txt", "letters/**/*.md"], config.Include);
        Assert.Equal(["letters/archive/**"], config.Exclude);
        Assert.Equal(ReportDiagnostic.Suppress, config.Rules["TC009"].Severity);
        Assert.Equal(ReportDiagnostic.Info, config.Rules["TC011"].Severity); // written as its name, missing-apology
        Assert.Equal(ReportDiagnostic.Warn, config.Rules["TC003"].Severity);
        Assert.Equal("4", config.Rules["TC003"].Options["stacked-reasons"]);
        Assert.Equal("always", config.Rules["TC005"].Options["good-wishes"]);
        Assert.Equal(ReportDiagnostic.Error, config.Rules["LEGAL002"].Severity);
        Assert.Equal([Path.GetFullPath("/repo/style/legal-services")], config.Packs);
    }

    [Fact]
    public void The_readme_example_is_valid_against_the_published_schema()
    {
        var results = Schema.Value.Evaluate(ToJson(Repo.ReadmeExample()), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, string.Join("\n", results.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Values) ?? []));
    }

    [Theory]
    [InlineData("colour: red\n", "unknown setting 'colour'")]
    [InlineData("rules:\n  TC099: none\n", "no rule 'TC099'")]
    [InlineData("rules:\n  TC003:\n    stack: 4\n", "TC003 has no setting 'stack'")]
    [InlineData("rules:\n  TC002: loud\n", "not one of error, warning, info, none")]
    public void The_schema_refuses_what_the_loader_refuses(string yaml, string loaderProblem)
    {
        Assert.False(Schema.Value.Evaluate(ToJson(yaml)).IsValid);
        var e = Assert.Throws<ConfigException>(() => ConfigFile.Parse(yaml, "t.yml"));
        Assert.Contains(loaderProblem, e.Problem);
    }

    [Theory]
    [InlineData("colour: red\n", 1, 1, "unknown setting 'colour'")]
    [InlineData("language: fr\n", 1, 11, "language 'fr' is not one of")]
    [InlineData("messages: fr\n", 1, 11, "messages 'fr' is not one of letter, en")]
    [InlineData("model: maybe\n", 1, 8, "'model' must be on or off")]
    [InlineData("rules:\n  TC003:\n    severity: warning\n    stacked-reasons: lots\n", 4, 22, "TC003 stacked-reasons: 'lots' is not a whole number of at least 2")]
    [InlineData("rules:\n  TC003:\n    stacked-reasons: 1\n", 3, 22, "at least 2")]
    [InlineData("rules:\n  TC005:\n    good-wishes: sometimes\n", 3, 18, "'sometimes' is not one of abusive-customer, always, never")]
    [InlineData("rules:\n  TC002: loud\n", 2, 10, "severity 'loud'")]
    [InlineData("rules:\n  TC001: none\n  blame: error\n", 3, 3, "TC001 is configured twice")]
    [InlineData("rules:\n  nonsense: none\n", 2, 3, "no rule 'nonsense'")]
    [InlineData("rules:\n  LEGAL001:\n    stacked-reasons: 3\n", 3, 5, "LEGAL001: a pack rule takes a severity only")]
    [InlineData("rules:\n  TC008:\n    stacked-reasons: 3\n", 3, 5, "TC008 has no setting 'stacked-reasons'; it takes severity")]
    [InlineData("rules: [TC001]\n", 1, 8, "'rules' must map rule IDs")]
    [InlineData("- just\n- a list\n", 1, 1, "expected a mapping")]
    [InlineData("rules:\n  TC001: none\n   TC002: none\n", 3, 9, "not valid YAML")]
    public void Mistakes_are_errors_with_file_line_and_column(string yaml, int line, int column, string problem)
    {
        var e = Assert.Throws<ConfigException>(() => ConfigFile.Parse(yaml, "team/tonecheck.yml"));
        Assert.Equal("team/tonecheck.yml", e.File);
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.Contains(problem, e.Problem);
        Assert.StartsWith($"team/tonecheck.yml({line},{column}): ", e.Message);
    }

    [Fact]
    public void An_empty_file_changes_nothing()
    {
        var config = ConfigFile.Parse("# nothing yet\n", "tonecheck.yml");
        Assert.False(config.Root);
        Assert.Null(config.Language);
        Assert.Empty(config.Rules);
    }

    // YAML scalars typed as a YAML-aware editor types them (numbers, booleans), so the schema is checked as editors use it.
    private static System.Text.Json.JsonElement ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return System.Text.Json.JsonDocument.Parse(Convert(stream.Documents[0].RootNode)!.ToJsonString()).RootElement.Clone();

        static JsonNode? Convert(YamlNode node) => node switch
        {
            YamlMappingNode m => new JsonObject(m.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
            YamlSequenceNode s => new JsonArray(s.Children.Select(Convert).ToArray()),
            YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: var v } when int.TryParse(v, out int i) => JsonValue.Create(i),
            YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } b => JsonValue.Create(b.Value == "true"),
            YamlScalarNode sc => JsonValue.Create(sc.Value),
            _ => null,
        };
    }
}
