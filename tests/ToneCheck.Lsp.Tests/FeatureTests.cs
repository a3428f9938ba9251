using System.Text;
using System.Text.Json;
using ToneCheck.Rules;

namespace ToneCheck.Lsp.Tests;

/// <summary>Quick fixes, hovers, configuration and which documents are checked.</summary>
public class FeatureTests
{
    private const string Uri = "file:///letters/lee.txt";

    private static async Task<LspSession> OpenAgencyAsync(object? initializationOptions = null)
    {
        var lsp = new LspSession();
        await lsp.InitializeAsync(initializationOptions);
        await lsp.OpenAsync(Uri, TestLetters.Agency);
        await lsp.DiagnosticsAsync(Uri, 1);
        return lsp;
    }

    [Fact]
    public async Task A_quoted_rewrite_is_a_quick_fix_that_replaces_the_words()
    {
        await using var lsp = await OpenAgencyAsync();

        var actions = await lsp.CodeActionsAsync(Uri, (4, 20), (4, 20));

        var action = Assert.Single(Edits(actions));
        Assert.Equal("quickfix", action.GetProperty("kind").GetString());
        Assert.True(action.GetProperty("isPreferred").GetBoolean());
        Assert.Equal("TC001", action.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        var edit = Assert.Single(action.GetProperty("edit").GetProperty("changes").GetProperty(Uri).EnumerateArray());
        Assert.Equal((4, 17, 4, 62), RangeOf(edit));
        Assert.Equal("because of your constant changes to the brief", TextIn(TestLetters.Agency, edit));
        Assert.Equal("as the account's needs have changed, we are no longer the right fit", edit.GetProperty("newText").GetString());

        var fixedText = await ApplyAsync(lsp, TestLetters.Agency, edit, version: 2);
        Assert.Contains("We are ending it as the account's needs have changed, we are no longer the right fit.", fixedText);
        Assert.DoesNotContain(WireDiagnostic.AllOf(await lsp.DiagnosticsAsync(Uri, 2)), d => d.Code == "TC001");
    }

    [Fact]
    public async Task Advice_without_a_rewrite_offers_no_edit()
    {
        await using var lsp = await OpenAgencyAsync();

        var actions = await lsp.CodeActionsAsync(Uri, (6, 12), (6, 20)); // inside the TC002 attack

        Assert.Empty(Edits(actions));
        // The writer may still judge it acceptable: that is recorded outside the letter.
        var ignore = Assert.Single(actions.EnumerateArray());
        Assert.Equal("tonecheck.ignoreFinding", ignore.GetProperty("command").GetProperty("command").GetString());
    }

    [Fact]
    public async Task A_missing_element_is_inserted_before_the_sign_off_as_its_own_paragraph()
    {
        await using var lsp = await OpenAgencyAsync();

        var actions = Edits(await lsp.CodeActionsAsync(Uri, (10, 0), (10, 0))).ToList();

        Assert.Equal(["TC004", "TC005", "TC010"], actions.Select(a => a.GetProperty("diagnostics")[0].GetProperty("code").GetString()));
        var thanks = actions[0].GetProperty("edit").GetProperty("changes").GetProperty(Uri)[0];
        Assert.Equal((10, 0, 10, 0), RangeOf(thanks));
        var fixedText = await ApplyAsync(lsp, TestLetters.Agency, thanks, version: 2);
        Assert.Contains("first week of July.\n\nThank you for choosing us and for your trust over the time we have worked together.\n\nRegards,\nSam\n", fixedText);
        var after = WireDiagnostic.AllOf(await lsp.DiagnosticsAsync(Uri, 2));
        Assert.DoesNotContain(after, d => d.Code == "TC004");
        // The sign-off moved down two lines; the findings anchored there moved with it.
        Assert.Equal((12, 0, 12, 8), RangeTuple(after.Single(d => d.Code == "TC005")));
    }

    [Fact]
    public async Task A_missing_apology_is_inserted_after_the_opening_sentence()
    {
        await using var lsp = await OpenAgencyAsync();

        var action = Assert.Single(Edits(await lsp.CodeActionsAsync(Uri, (2, 0), (2, 10))));

        Assert.Equal("TC011", action.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        var edit = action.GetProperty("edit").GetProperty("changes").GetProperty(Uri)[0];
        Assert.Equal((2, 44, 2, 44), RangeOf(edit));
        var fixedText = await ApplyAsync(lsp, TestLetters.Agency, edit, version: 2);
        Assert.Contains("Harbour Lane retainer. We'd like to think our service suits everyone, but it hasn't in this case, and I'm sorry about that. We have decided", fixedText);
        Assert.DoesNotContain(WireDiagnostic.AllOf(await lsp.DiagnosticsAsync(Uri, 2)), d => d.Code == "TC011");
    }

    [Fact]
    public async Task Code_actions_follow_the_kinds_asked_for()
    {
        await using var lsp = await OpenAgencyAsync();

        var refactor = await lsp.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = Uri },
            range = new { start = new { line = 4, character = 20 }, end = new { line = 4, character = 20 } },
            context = new { diagnostics = Array.Empty<object>(), only = new[] { "refactor" } },
        });

        Assert.Empty(refactor.EnumerateArray());
    }

    [Fact]
    public async Task Hover_explains_the_rule_under_the_cursor()
    {
        await using var lsp = await OpenAgencyAsync();
        var rule = RuleCatalog.Find("TC002")!.Descriptor;

        var hover = await lsp.HoverAsync(Uri, 6, 20);

        Assert.Equal("markdown", hover.GetProperty("contents").GetProperty("kind").GetString());
        var text = hover.GetProperty("contents").GetProperty("value").GetString()!;
        Assert.StartsWith($"**TC002 personal-attack: {rule.Title}** (error)", text);
        Assert.Contains("'you are difficult to work with' judges the reader as a person", text);
        Assert.Contains(rule.Description.ToString(), text);
        Assert.Contains("Try: leave judgements out", text);
        Assert.Contains($"]({rule.HelpLinkUri})", text);
        Assert.Equal((6, 9, 6, 39), RangeOf(hover));
    }

    [Fact]
    public async Task Hover_lists_every_rule_on_the_span_and_is_empty_elsewhere()
    {
        await using var lsp = await OpenAgencyAsync();

        var signOff = (await lsp.HoverAsync(Uri, 10, 3)).GetProperty("contents").GetProperty("value").GetString()!;
        var nothing = await lsp.HoverAsync(Uri, 8, 5);

        Assert.Equal(3, signOff.Split("\n---\n").Length);
        Assert.Contains("**TC004 missing-thanks", signOff);
        Assert.Contains("**TC005 missing-referral", signOff);
        Assert.Contains("**TC010 missing-goodwill", signOff);
        Assert.Equal(JsonValueKind.Null, nothing.ValueKind);
    }

    [Fact]
    public async Task A_configuration_change_sets_severities_and_publishes_again()
    {
        await using var lsp = await OpenAgencyAsync();

        await lsp.ConfigureAsync(new { tonecheck = new { severity = Severities(("TC010", "none"), ("TC001", "error")) } });
        var changed = WireDiagnostic.AllOf(await lsp.DiagnosticsAsync(Uri, 1));

        Assert.DoesNotContain(changed, d => d.Code == "TC010");
        Assert.Equal(1, changed.Single(d => d.Code == "TC001").Severity);

        // The severity object is the whole set: a new one replaces it. Bad entries are named and skipped.
        await lsp.ConfigureAsync(new { tonecheck = new { severity = Severities(("TC004", "off"), ("TC999", "none"), ("TC002", "loud")) } });
        var again = WireDiagnostic.AllOf(await lsp.DiagnosticsAsync(Uri, 1));

        Assert.DoesNotContain(again, d => d.Code == "TC004");
        Assert.Equal(3, again.Single(d => d.Code == "TC010").Severity);
        Assert.Equal(2, again.Single(d => d.Code == "TC001").Severity);
        Assert.Equal(1, again.Single(d => d.Code == "TC002").Severity);
        Assert.Contains(lsp.Messages, m => m.Contains("no rule 'TC999'"));
        Assert.Contains(lsp.Messages, m => m.Contains("TC002") && m.Contains("\"loud\""));
    }

    [Fact]
    public async Task Other_language_ids_are_ignored_until_configured()
    {
        await using var lsp = new LspSession();
        await lsp.InitializeAsync();
        const string code = "file:///src/Letter.cs";

        await lsp.OpenAsync(code, TestLetters.Agency, languageId: "csharp");
        await lsp.OpenAsync("file:///notes.md", TestLetters.Agency, languageId: "markdown");
        await lsp.DiagnosticsAsync("file:///notes.md", 1);
        Assert.Equal(JsonValueKind.Null, (await lsp.HoverAsync(code, 6, 20)).ValueKind);
        Assert.DoesNotContain(lsp.Published, p => p.GetProperty("uri").GetString() == code);

        await lsp.ConfigureAsync(new { tonecheck = new { languages = new[] { "csharp" } } });

        Assert.Contains(WireDiagnostic.AllOf(await lsp.DiagnosticsAsync(code, 1)), d => d.Code == "TC002");
        // Markdown is no longer on the list: its diagnostics are cleared.
        Assert.Empty(WireDiagnostic.AllOf(await lsp.DiagnosticsAsync("file:///notes.md", 1)));
    }

    [Fact]
    public async Task Languages_and_severities_come_from_initialization_options()
    {
        await using var lsp = new LspSession();
        await lsp.InitializeAsync(new { languages = new[] { "text" }, severity = Severities(("TC002", "warning")) });

        await lsp.OpenAsync("file:///a.txt", TestLetters.Agency, languageId: "plaintext");
        await lsp.OpenAsync("file:///b.txt", TestLetters.Agency, languageId: "text");
        var published = await lsp.DiagnosticsAsync("file:///b.txt", 1);

        Assert.Equal(2, WireDiagnostic.AllOf(published).Single(d => d.Code == "TC002").Severity);
        Assert.DoesNotContain(lsp.Published, p => p.GetProperty("uri").GetString() == "file:///a.txt");
    }

    /// <summary>Rule IDs as JSON keys, spelled as given (an anonymous type's property names would be camel-cased).</summary>
    private static Dictionary<string, string> Severities(params (string Rule, string Level)[] entries) =>
        entries.ToDictionary(e => e.Rule, e => e.Level);

    /// <summary>Applies a TextEdit as an editor does, sending it as an incremental change; returns the new text.</summary>
    private static async Task<string> ApplyAsync(LspSession lsp, string text, JsonElement edit, int version)
    {
        var (sl, sc, el, ec) = RangeOf(edit);
        var newText = edit.GetProperty("newText").GetString()!;
        await lsp.ReplaceAsync(Uri, version, (sl, sc), (el, ec), newText);
        int start = OffsetOf(text, sl, sc), end = OffsetOf(text, el, ec);
        return new StringBuilder(text).Remove(start, end - start).Insert(start, newText).ToString();
    }

    private static int OffsetOf(string text, int line, int character)
    {
        int offset = 0;
        for (int i = 0; i < line; i++) offset = text.IndexOf('\n', offset) + 1;
        return offset + character;
    }

    private static string TextIn(string text, JsonElement edit)
    {
        var (sl, sc, el, ec) = RangeOf(edit);
        return text[OffsetOf(text, sl, sc)..OffsetOf(text, el, ec)];
    }

    private static (int, int, int, int) RangeOf(JsonElement withRange)
    {
        var range = withRange.GetProperty("range");
        return (range.GetProperty("start").GetProperty("line").GetInt32(), range.GetProperty("start").GetProperty("character").GetInt32(),
            range.GetProperty("end").GetProperty("line").GetInt32(), range.GetProperty("end").GetProperty("character").GetInt32());
    }

    private static (int, int, int, int) RangeTuple(WireDiagnostic d) => (d.StartLine, d.StartCharacter, d.EndLine, d.EndCharacter);

    /// <summary>The code actions that edit the letter (not the "ignore this finding" commands).</summary>
    private static IEnumerable<JsonElement> Edits(JsonElement actions) =>
        actions.EnumerateArray().Where(a => a.TryGetProperty("edit", out _));
}
