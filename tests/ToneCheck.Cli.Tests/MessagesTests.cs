using System.Text.Json.Nodes;
using ToneCheck.Rules;

namespace ToneCheck.Cli.Tests;

/// <summary>Findings are written in the letter's language unless --messages or tonecheck.yml chooses one; explain speaks any of them.</summary>
public class MessagesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tonecheck-messages-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // A Welsh letter that lacks thanks, in the Welsh wording's own example.
    private string WelshLetter()
    {
        var path = Path.Combine(_dir, "llythyr.txt");
        File.WriteAllText(path, RuleText.Translations("cy", RuleIds.MissingThanks)["example.reported"]);
        return path;
    }

    private static JsonObject Thanks(CliResult r)
    {
        var file = JsonNode.Parse(r.StdOut)!["files"]![0]!;
        return file["diagnostics"]!.AsArray().Single(d => (string?)d!["ruleId"] == RuleIds.MissingThanks)!.AsObject();
    }

    [Fact]
    public async Task A_welsh_letter_gets_welsh_messages_and_english_ones_on_request()
    {
        var letter = WelshLetter();
        var welsh = await Cli.RunAsync("check", letter, "--no-model", "--format", "json");
        Assert.Equal("cy", (string?)JsonNode.Parse(welsh.StdOut)!["files"]![0]!["messages"]);
        Assert.Equal(RuleText.Translations("cy", RuleIds.MissingThanks)["missing"], (string?)Thanks(welsh)["message"]);

        var english = await Cli.RunAsync("check", letter, "--no-model", "--format", "json", "--messages", "en");
        Assert.Equal("en", (string?)JsonNode.Parse(english.StdOut)!["files"]![0]!["messages"]);
        Assert.Equal(RuleCatalog.Find(RuleIds.MissingThanks)!.Text("missing"), (string?)Thanks(english)["message"]);
        // The sentence to add goes into the Welsh letter, so it stays Welsh.
        Assert.Equal(RuleText.Translations("cy", RuleIds.MissingThanks)["insert"], (string?)Thanks(english)["suggestion"]);
    }

    [Fact]
    public async Task Tonecheck_yml_chooses_the_messages_language_and_the_flag_wins()
    {
        var letter = WelshLetter();
        File.WriteAllText(Path.Combine(_dir, "tonecheck.yml"), "root: true\nmessages: en\n");
        var configured = await Cli.RunAsync("check", letter, "--no-model", "--format", "json");
        Assert.Equal(RuleCatalog.Find(RuleIds.MissingThanks)!.Text("missing"), (string?)Thanks(configured)["message"]);
        var flag = await Cli.RunAsync("check", letter, "--no-model", "--format", "json", "--messages", "letter");
        Assert.Equal(RuleText.Translations("cy", RuleIds.MissingThanks)["missing"], (string?)Thanks(flag)["message"]);
    }

    [Fact]
    public async Task Sarif_names_the_language_of_its_messages()
    {
        var r = await Cli.RunAsync("check", WelshLetter(), "--no-model", "--format", "sarif");
        Assert.Equal("cy", (string?)JsonNode.Parse(r.StdOut)!["runs"]![0]!["language"]);
    }

    [Fact]
    public async Task An_unknown_messages_language_is_a_usage_error()
    {
        var r = await Cli.RunAsync("check", WelshLetter(), "--messages", "fr");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("fr", r.StdErr);
    }

    [Theory]
    [InlineData("cy")]
    [InlineData("ms")]
    [InlineData("vi")]
    [InlineData("tl")]
    public async Task Explain_speaks_the_language_asked_for(string language)
    {
        var r = await Cli.RunAsync("explain", "TC002", "--language", language);
        Assert.Equal(0, r.ExitCode);
        var texts = RuleText.Translations(language, RuleIds.PersonalAttack);
        Assert.Contains(texts["title"], r.StdOut);
        Assert.Contains(texts["advice"], r.StdOut);
        Assert.Contains(RuleText.Label(language, "reported") + ":", r.StdOut);
        Assert.Contains(texts["example.reported"].Split('\n')[0], r.StdOut);
        Assert.DoesNotContain(RuleCatalog.Find(RuleIds.PersonalAttack)!.Advice, r.StdOut);
    }
}
