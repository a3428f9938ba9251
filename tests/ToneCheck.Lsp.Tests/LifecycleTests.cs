using System.Text.Json;
using StreamJsonRpc;

namespace ToneCheck.Lsp.Tests;

/// <summary>initialize, initialized, shutdown and exit, and requests at the wrong moment.</summary>
public class LifecycleTests
{
    [Fact]
    public async Task Initialize_advertises_incremental_sync_hover_and_quick_fixes()
    {
        await using var lsp = new LspSession();

        var result = await lsp.InitializeAsync();

        var capabilities = result.GetProperty("capabilities");
        Assert.Equal("utf-16", capabilities.GetProperty("positionEncoding").GetString());
        var sync = capabilities.GetProperty("textDocumentSync");
        Assert.True(sync.GetProperty("openClose").GetBoolean());
        Assert.Equal(2, sync.GetProperty("change").GetInt32()); // incremental
        Assert.True(capabilities.GetProperty("hoverProvider").GetBoolean());
        Assert.Equal("quickfix", capabilities.GetProperty("codeActionProvider").GetProperty("codeActionKinds")[0].GetString());
        Assert.Equal("tonecheck", result.GetProperty("serverInfo").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Exit_after_shutdown_stops_the_server_with_0()
    {
        await using var lsp = new LspSession();
        await lsp.InitializeAsync();

        Assert.Equal(0, await lsp.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Exit_without_shutdown_stops_the_server_with_1()
    {
        await using var lsp = new LspSession();
        await lsp.InitializeAsync();

        await lsp.NotifyAsync("exit", null);

        Assert.Equal(1, await lsp.Server.WaitAsync(LspSession.Timeout));
    }

    [Fact]
    public async Task A_request_before_initialize_is_refused_and_the_session_goes_on()
    {
        await using var lsp = new LspSession();

        var e = await Assert.ThrowsAsync<RemoteInvocationException>(() => lsp.HoverAsync("file:///a.txt", 0, 0));
        Assert.Equal(-32002, e.ErrorCode); // ServerNotInitialized
        await lsp.OpenAsync("file:///early.txt", TestLetters.Agency); // a notification before initialize is dropped

        await lsp.InitializeAsync();
        await lsp.OpenAsync("file:///a.txt", TestLetters.Agency);
        var published = await lsp.DiagnosticsAsync("file:///a.txt", 1);

        Assert.NotEmpty(WireDiagnostic.AllOf(published));
        Assert.DoesNotContain(lsp.Published, p => p.GetProperty("uri").GetString() == "file:///early.txt");
        Assert.Contains("before initialize", lsp.Log);
    }

    [Fact]
    public async Task A_second_initialize_and_a_request_after_shutdown_are_refused()
    {
        await using var lsp = new LspSession();
        await lsp.InitializeAsync();

        var again = await Assert.ThrowsAsync<RemoteInvocationException>(() => lsp.InitializeAsync());
        Assert.Equal(-32600, again.ErrorCode);

        var shutdown = await lsp.RequestAsync("shutdown", null);
        Assert.Equal(JsonValueKind.Null, shutdown.ValueKind);
        var late = await Assert.ThrowsAsync<RemoteInvocationException>(() => lsp.HoverAsync("file:///a.txt", 0, 0));
        Assert.Equal(-32600, late.ErrorCode); // InvalidRequest

        await lsp.NotifyAsync("exit", null);
        Assert.Equal(0, await lsp.Server.WaitAsync(LspSession.Timeout));
    }
}
