using StreamJsonRpc;

namespace ToneCheck.Lsp.Tests;

/// <summary>Input that is not what LSP promises: the server answers or drops it, logs why, and never crashes.</summary>
public class RobustnessTests
{
    [Theory]
    [InlineData("Content-Length: 12\r\n\r\nnot json at ")]
    [InlineData("this is not a header\r\n\r\n")]
    [InlineData("Content-Length: 2\r\n\r\n[]")]
    public async Task Garbage_ends_the_connection_cleanly_with_exit_code_1(string garbage)
    {
        await using var lsp = new LspSession();
        await lsp.InitializeAsync();

        await lsp.WriteRawAsync(garbage);

        Assert.Equal(1, await lsp.Server.WaitAsync(LspSession.Timeout));
        Assert.Contains("tonecheck lsp: the connection ended", lsp.Log);
    }

    [Fact]
    public async Task Input_closed_without_exit_stops_the_server_with_1()
    {
        var lsp = new LspSession();
        await lsp.InitializeAsync();

        await lsp.DisposeAsync();

        Assert.Equal(1, await lsp.Server);
        Assert.Contains("closed the connection without exit", lsp.Log);
    }

    [Fact]
    public async Task Malformed_parameters_are_refused_and_the_session_goes_on()
    {
        await using var lsp = new LspSession();
        await lsp.InitializeAsync();

        // A notification without the text, a change to a document never opened, a hover without a position,
        // and a method the server does not have.
        await lsp.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = "file:///a.txt", languageId = "plaintext", version = 1 } });
        await lsp.ReplaceAsync("file:///never-opened.txt", 2, (0, 0), (0, 0), "x");
        var hover = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            lsp.RequestAsync("textDocument/hover", new { textDocument = new { uri = "file:///a.txt" } }));
        await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => lsp.RequestAsync("textDocument/rename", new { }));

        Assert.Contains("position", hover.Message);
        await lsp.OpenAsync("file:///b.txt", TestLetters.Agency);
        Assert.NotEmpty(WireDiagnostic.AllOf(await lsp.DiagnosticsAsync("file:///b.txt", 1)));
        Assert.DoesNotContain(lsp.Published, p => p.GetProperty("uri").GetString() == "file:///a.txt");
        Assert.Contains("never-opened.txt, which is not open", lsp.Log);
        Assert.Equal(0, await lsp.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Changes_out_of_range_are_clamped_to_the_text()
    {
        await using var lsp = new LspSession();
        await lsp.InitializeAsync();
        const string uri = "file:///short.txt";
        await lsp.OpenAsync(uri, "Dear Dan,\n\nThank you for your business over the years.\n");
        await lsp.DiagnosticsAsync(uri, 1);

        // A character past the end of line 2 means its end; a line past the end means the end of the text.
        await lsp.ReplaceAsync(uri, 2, (2, 400), (9, 0), " Frankly, you are difficult to work with.\n");
        var published = await lsp.DiagnosticsAsync(uri, 2);

        var attack = Assert.Single(WireDiagnostic.AllOf(published), d => d.Code == "TC002");
        Assert.Equal((2, 53, 2, 83), (attack.StartLine, attack.StartCharacter, attack.EndLine, attack.EndCharacter));
    }
}
