using System.Text.Json;

namespace ToneCheck.Lsp.Tests;

/// <summary>The team's tonecheck.yml and tonecheck.suppress.yml govern the editor as they govern the command line.</summary>
public class ConfigurationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "tonecheck-lsp-config-" + Guid.NewGuid().ToString("N"));

    public ConfigurationTests() => Directory.CreateDirectory(Path.Combine(_folder, "letters"));

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private string LetterUri => new Uri(Path.Combine(_folder, "letters", "lee.txt")).AbsoluteUri;

    private static IEnumerable<string?> Codes(JsonElement published) =>
        published.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString());

    [Fact]
    public async Task The_documents_tonecheck_yml_sets_severities_and_the_editor_settings_win()
    {
        File.WriteAllText(Path.Combine(_folder, "tonecheck.yml"), "root: true\nrules:\n  TC010: none\n  TC004: error\n");
        await using var lsp = new LspSession();
        await lsp.InitializeAsync();
        await lsp.OpenAsync(LetterUri, TestLetters.Agency);
        var published = await lsp.DiagnosticsAsync(LetterUri, 1);
        Assert.DoesNotContain("TC010", Codes(published));
        var thanks = published.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "TC004");
        Assert.Equal(1, thanks.GetProperty("severity").GetInt32()); // error

        await lsp.ConfigureAsync(new { tonecheck = new { severity = new { TC004 = "none" } } });
        await lsp.ChangeFullAsync(LetterUri, 2, TestLetters.Agency);
        published = await lsp.DiagnosticsAsync(LetterUri, 2);
        Assert.DoesNotContain("TC004", Codes(published));
        Assert.DoesNotContain("TC010", Codes(published));
    }

    [Fact]
    public async Task A_welsh_letter_is_explained_in_welsh_until_the_editor_asks_for_english()
    {
        var welsh = ToneCheck.Rules.RuleText.Translations("cy", "TC004");
        var english = ToneCheck.Rules.RuleCatalog.Find("TC004")!;
        await using var lsp = new LspSession();
        await lsp.InitializeAsync();
        await lsp.OpenAsync(LetterUri, welsh["example.reported"]);
        var thanks = (await lsp.DiagnosticsAsync(LetterUri, 1)).GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "TC004");
        Assert.Equal(welsh["missing"], thanks.GetProperty("message").GetString());
        var start = thanks.GetProperty("range").GetProperty("start");
        var hover = (await lsp.HoverAsync(LetterUri, start.GetProperty("line").GetInt32(), start.GetProperty("character").GetInt32()))
            .GetProperty("contents").GetProperty("value").GetString()!;
        Assert.Contains(welsh["title"], hover);
        Assert.Contains(welsh["description"], hover);

        await lsp.ConfigureAsync(new { tonecheck = new { messages = "en" } });
        await lsp.ChangeFullAsync(LetterUri, 2, welsh["example.reported"]);
        thanks = (await lsp.DiagnosticsAsync(LetterUri, 2)).GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "TC004");
        Assert.Equal(english.Text("missing"), thanks.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Ignoring_a_finding_records_it_outside_the_letter_and_hides_it()
    {
        var letterPath = Path.Combine(_folder, "letters", "lee.txt");
        File.WriteAllText(letterPath, TestLetters.Agency);
        await using var lsp = new LspSession();
        await lsp.InitializeAsync();
        await lsp.OpenAsync(LetterUri, TestLetters.Agency);
        Assert.Contains("TC002", Codes(await lsp.DiagnosticsAsync(LetterUri, 1)));

        var actions = await lsp.CodeActionsAsync(LetterUri, (6, 12), (6, 20));
        var ignore = actions.EnumerateArray().Single(a => a.TryGetProperty("command", out _));
        var command = ignore.GetProperty("command");
        int before = lsp.Published.Count;
        await lsp.RequestAsync("workspace/executeCommand", new { command = command.GetProperty("command").GetString(), arguments = command.GetProperty("arguments") });

        var file = Path.Combine(_folder, "letters", "tonecheck.suppress.yml");
        Assert.True(File.Exists(file));
        var yaml = File.ReadAllText(file);
        Assert.Contains("rule: TC002", yaml);
        Assert.Contains("file: lee.txt", yaml);
        Assert.Equal(TestLetters.Agency, File.ReadAllText(letterPath)); // the letter itself is untouched

        var deadline = DateTime.UtcNow + LspSession.Timeout;
        while (lsp.Published.Count == before && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.DoesNotContain("TC002", Codes(lsp.Published[^1]));
    }
}
