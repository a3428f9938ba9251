using System.Text.Json;

namespace ToneCheck.Lsp.Tests;

/// <summary>didOpen, didChange (incremental and full), didSave and didClose, and the diagnostics each publishes.</summary>
public class DocumentSyncTests
{
    private const string Uri = "file:///letters/priya.txt";

    [Fact]
    public async Task Open_publishes_exact_ranges_after_emoji_and_crlf()
    {
        await using var lsp = new LspSession();
        await lsp.InitializeAsync();

        await lsp.OpenAsync(Uri, TestLetters.CrlfEmoji, version: 7);
        var published = await lsp.DiagnosticsAsync(Uri);

        Assert.Equal(7, published.GetProperty("version").GetInt32());
        var attack = Assert.Single(WireDiagnostic.AllOf(published), d => d.Code == "TC002");
        // Line 2 (0-based; CRLF counts as one break), characters in UTF-16: each emoji before it is two.
        Assert.Equal((2, 84, 2, 136), (attack.StartLine, attack.StartCharacter, attack.EndLine, attack.EndCharacter));
        Assert.Equal(TestLetters.Attack, attack.TextIn(TestLetters.CrlfEmoji));
        Assert.Equal(1, attack.Severity);
        Assert.Equal("tonecheck", attack.Source);
        Assert.Equal("https://github.com/tonecheck/tonecheck/blob/main/docs/rules/TC002.md", attack.Href);
        Assert.Contains("'You have been rude to our staff on several occasions' judges the reader", attack.Message);
        // The sign-off "Regards," is line 6: document rules land there whole.
        var referral = Assert.Single(WireDiagnostic.AllOf(published), d => d.Code == "TC005");
        Assert.Equal((6, 0, 6, 8), (referral.StartLine, referral.StartCharacter, referral.EndLine, referral.EndCharacter));
        Assert.Equal(2, referral.Severity);
    }

    [Fact]
    public async Task Incremental_changes_apply_in_order_and_move_the_ranges()
    {
        await using var lsp = new LspSession();
        await lsp.InitializeAsync();
        await lsp.OpenAsync(Uri, TestLetters.CrlfEmoji);
        await lsp.DiagnosticsAsync(Uri, 1);

        // One didChange with two changes: the second's range is in the text the first one left.
        var attack = $"{TestLetters.Slightly} Frankly, you are difficult to work with. ";
        await lsp.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = Uri, version = 2 },
            contentChanges = new object[]
            {
                // Line 2 loses its attack (from the angry emoji to the end of the line)...
                new { range = new { start = new { line = 2, character = 81 }, end = new { line = 2, character = 137 } }, text = "" },
                // ...and line 4 gets one at its start, after an emoji.
                new { range = new { start = new { line = 4, character = 0 }, end = new { line = 4, character = 0 } }, text = attack },
            },
        });
        var published = await lsp.DiagnosticsAsync(Uri, 2);

        var expected = TestLetters.CrlfEmoji
            .Replace($" {TestLetters.Angry} {TestLetters.Attack}.", " ")
            .Replace("The final invoice", attack + "The final invoice");
        var found = Assert.Single(WireDiagnostic.AllOf(published), d => d.Code == "TC002");
        Assert.Equal((4, 12, 4, 42), (found.StartLine, found.StartCharacter, found.EndLine, found.EndCharacter));
        Assert.Equal("you are difficult to work with", found.TextIn(expected));

        // Typing one character at a time inside the line keeps the range exact.
        await lsp.ReplaceAsync(Uri, 3, (4, 3), (4, 3), "O");
        await lsp.ReplaceAsync(Uri, 4, (4, 4), (4, 4), "h, ");
        published = await lsp.DiagnosticsAsync(Uri, 4);
        found = Assert.Single(WireDiagnostic.AllOf(published), d => d.Code == "TC002");
        Assert.Equal((4, 16, 4, 46), (found.StartLine, found.StartCharacter, found.EndLine, found.EndCharacter));
    }

    [Fact]
    public async Task A_full_change_replaces_the_text()
    {
        await using var lsp = new LspSession();
        await lsp.InitializeAsync();
        await lsp.OpenAsync(Uri, TestLetters.CrlfEmoji);
        await lsp.DiagnosticsAsync(Uri, 1);

        await lsp.ChangeFullAsync(Uri, 2, TestLetters.Agency);
        var published = await lsp.DiagnosticsAsync(Uri, 2);

        var codes = WireDiagnostic.AllOf(published).Select(d => d.Code).ToList();
        Assert.Equal(["TC011", "TC001", "TC002", "TC004", "TC005", "TC010"], codes);
        var attack = WireDiagnostic.AllOf(published).Single(d => d.Code == "TC002");
        Assert.Equal((6, 9, 6, 39), (attack.StartLine, attack.StartCharacter, attack.EndLine, attack.EndCharacter));
    }

    [Fact]
    public async Task Close_clears_the_diagnostics_and_save_publishes_again()
    {
        await using var lsp = new LspSession();
        await lsp.InitializeAsync();
        await lsp.OpenAsync(Uri, TestLetters.Agency, version: 3);
        var opened = await lsp.DiagnosticsAsync(Uri, 3);

        await lsp.NotifyAsync("textDocument/didSave", new { textDocument = new { uri = Uri } });
        var saved = await lsp.DiagnosticsAsync(Uri, 3);
        Assert.Equal(WireDiagnostic.AllOf(opened), WireDiagnostic.AllOf(saved));

        await lsp.CloseAsync(Uri);
        var closed = await lsp.DiagnosticsAsync(Uri);
        Assert.Empty(closed.GetProperty("diagnostics").EnumerateArray());
        Assert.False(closed.TryGetProperty("version", out _));
        // A closed document is forgotten: a hover finds nothing to explain.
        Assert.Equal(JsonValueKind.Null, (await lsp.HoverAsync(Uri, 6, 12)).ValueKind);
    }

    [Fact]
    public async Task A_newer_change_supersedes_older_analyses_and_nothing_stale_is_published()
    {
        await using var lsp = new LspSession();
        await lsp.InitializeAsync();
        await lsp.OpenAsync(Uri, TestLetters.Agency);
        await lsp.DiagnosticsAsync(Uri, 1);

        // Even versions carry the personal attack, odd ones do not; sent as fast as the client can.
        var kind = TestLetters.Agency.Replace("Frankly, you are difficult to work with.", "Thank you for the work together.");
        const int last = 41;
        for (int version = 2; version <= last; version++)
            await lsp.ChangeFullAsync(Uri, version, version % 2 == 0 ? TestLetters.Agency : kind);
        await lsp.DiagnosticsAsync(Uri, last);

        var versions = lsp.Published.Where(p => p.GetProperty("uri").GetString() == Uri)
            .Select(p => (Version: p.GetProperty("version").GetInt32(), Attack: WireDiagnostic.AllOf(p).Any(d => d.Code == "TC002")))
            .ToList();
        Assert.Equal(last, versions[^1].Version);
        // Versions only go up, each with the diagnostics of its own text.
        Assert.True(versions.Zip(versions.Skip(1)).All(pair => pair.First.Version < pair.Second.Version), string.Join(",", versions));
        Assert.All(versions, v => Assert.Equal(v.Version % 2 == 0 || v.Version == 1, v.Attack));
    }
}
