using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using StreamJsonRpc;
using ToneCheck.Ml;

namespace ToneCheck.Lsp.Tests;

/// <summary>
/// A language server running in process on two pipes, with a StreamJsonRpc client speaking LSP's framing to it, as an
/// editor would. What the server publishes is kept as raw JSON, so the tests read the wire format, not server types.
/// </summary>
public sealed class LspSession : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly Pipe _toServer = new();
    private readonly Pipe _toClient = new();
    private readonly JsonRpc _rpc;
    private readonly StringWriter _log = new();
    private readonly TextWriter _logWriter;
    private readonly Lock _gate = new();
    private readonly List<JsonElement> _published = [];
    private readonly List<string> _messages = [];
    private readonly Dictionary<string, int> _seen = [];
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LspSession(SentenceModel? model = null)
    {
        _logWriter = TextWriter.Synchronized(_log);
        Server = Task.Run(() => LanguageServer.RunAsync(_toServer.Reader.AsStream(), _toClient.Writer.AsStream(),
            new LanguageServerOptions { Model = model }, _logWriter));
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web) };
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(_toServer.Writer.AsStream(), _toClient.Reader.AsStream(), formatter));
        _rpc.AddLocalRpcTarget(new Editor(this));
        _rpc.StartListening();
    }

    /// <summary>The server's exit code, once it has stopped.</summary>
    public Task<int> Server { get; }

    /// <summary>What the server wrote to its log (standard error in <c>tonecheck lsp</c>).</summary>
    public string Log
    {
        // The synchronized writer locks on itself while writing.
        get { lock (_logWriter) return _log.ToString(); }
    }

    /// <summary>Every textDocument/publishDiagnostics so far, in arrival order.</summary>
    public IReadOnlyList<JsonElement> Published
    {
        get { lock (_gate) return [.. _published]; }
    }

    /// <summary>Every window/showMessage text so far.</summary>
    public IReadOnlyList<string> Messages
    {
        get { lock (_gate) return [.. _messages]; }
    }

    public async Task<JsonElement> RequestAsync(string method, object? arguments)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        return await _rpc.InvokeWithParameterObjectAsync<JsonElement>(method, arguments, timeout.Token);
    }

    public Task NotifyAsync(string method, object? arguments) => _rpc.NotifyWithParameterObjectAsync(method, arguments);

    public async Task<JsonElement> InitializeAsync(object? initializationOptions = null)
    {
        var result = await RequestAsync("initialize", new { processId = (int?)null, clientInfo = new { name = "tests" }, capabilities = new { }, initializationOptions });
        await NotifyAsync("initialized", new { });
        return result;
    }

    public Task OpenAsync(string uri, string text, string languageId = "plaintext", int version = 1) =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId, version, text } });

    /// <summary>didChange with one incremental change: the range (0-based lines and UTF-16 characters) becomes <paramref name="text"/>.</summary>
    public Task ReplaceAsync(string uri, int version, (int Line, int Character) start, (int Line, int Character) end, string text) =>
        NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri, version },
            contentChanges = new[] { new { range = new { start = Pos(start), end = Pos(end) }, text } },
        });

    /// <summary>didChange with the whole new text (full sync).</summary>
    public Task ChangeFullAsync(string uri, int version, string text) =>
        NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { new { text } } });

    public Task ConfigureAsync(object settings) => NotifyAsync("workspace/didChangeConfiguration", new { settings });

    public Task CloseAsync(string uri) => NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });

    public Task<JsonElement> HoverAsync(string uri, int line, int character) =>
        RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line, character } });

    public Task<JsonElement> CodeActionsAsync(string uri, (int Line, int Character) start, (int Line, int Character) end) =>
        RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = new { start = Pos(start), end = Pos(end) },
            context = new { diagnostics = Array.Empty<object>() },
        });

    /// <summary>
    /// The next publishDiagnostics for <paramref name="uri"/> not returned before (with that version, when given:
    /// earlier ones for the uri are passed over). Fails the test after <see cref="Timeout"/>.
    /// </summary>
    public async Task<JsonElement> DiagnosticsAsync(string uri, int? version = null)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                int from = _seen.GetValueOrDefault(uri);
                for (int i = from; i < _published.Count; i++)
                {
                    var p = _published[i];
                    if (p.GetProperty("uri").GetString() != uri) continue;
                    if (version is not null && (!p.TryGetProperty("version", out var v) || v.GetInt32() != version)) continue;
                    _seen[uri] = i + 1;
                    return p;
                }
                arrived = _arrived.Task;
            }
            try { await arrived.WaitAsync(timeout.Token); }
            catch (OperationCanceledException)
            {
                Assert.Fail($"no publishDiagnostics for {uri}{(version is null ? "" : $" version {version}")} within {Timeout.TotalSeconds} s; server log:\n{Log}");
            }
        }
    }

    /// <summary>shutdown, then exit; returns the server's exit code.</summary>
    public async Task<int> ShutdownAndExitAsync()
    {
        var result = await RequestAsync("shutdown", null);
        Assert.Equal(JsonValueKind.Null, result.ValueKind);
        await NotifyAsync("exit", null);
        return await Server.WaitAsync(Timeout);
    }

    /// <summary>Bytes straight onto the server's input, bypassing the client's framing.</summary>
    public async Task WriteRawAsync(string text)
    {
        await _toServer.Writer.WriteAsync(Encoding.UTF8.GetBytes(text));
        await _toServer.Writer.FlushAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _rpc.Dispose();
        await _toServer.Writer.CompleteAsync();
        try { await Server.WaitAsync(Timeout); }
        catch (TimeoutException) { Assert.Fail("the server did not stop after its input closed"); }
    }

    private static object Pos((int Line, int Character) p) => new { line = p.Line, character = p.Character };

    private void Received(JsonElement diagnostics)
    {
        lock (_gate)
        {
            _published.Add(diagnostics);
            _arrived.TrySetResult();
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    private void Shown(string message)
    {
        lock (_gate) _messages.Add(message);
    }

    /// <summary>The editor side of the notifications the server sends.</summary>
    private sealed class Editor(LspSession session)
    {
        // The formatter reuses its buffers after the call returns: keep a copy.
        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void PublishDiagnostics(JsonElement parameters) => session.Received(parameters.Clone());

        [JsonRpcMethod("window/showMessage", UseSingleObjectParameterDeserialization = true)]
        public void ShowMessage(JsonElement parameters) => session.Shown(parameters.GetProperty("message").GetString() ?? "");
    }
}
