using System.IO.Pipelines;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using StreamJsonRpc;
using ToneCheck.Lsp;
using ToneCheck.Ml;

namespace ToneCheck.Benchmarks;

/// <summary>
/// Keystroke to diagnostics in the language server: one incremental didChange (a new word typed over the last one, in
/// the middle of a 1,018-word letter) until the publishDiagnostics of that version arrives, over the real protocol
/// (LSP framing, JSON, pipes) in process. With the shipped model (what <c>tonecheck lsp</c> loads) and without.
/// </summary>
[MemoryDiagnoser]
public class LspBenchmarks
{
    private const string Uri = "file:///letters/managed-support.txt";
    private Pipe _toServer = null!;
    private JsonRpc _client = null!;
    private Task<int> _server = null!;
    private Editor _editor = null!;
    private int _version;
    private (int Line, int Character) _cursor;
    private string _typed = "";

    [Params(false, true)]
    public bool Model { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, "tests", "ToneCheck.Benchmarks", "Letters", "managed-support-1000-words.txt"));
        var lines = text.Split('\n');
        // Inside the longest paragraph, where a writer would be typing.
        int line = Array.IndexOf(lines, lines.MaxBy(l => l.Length));
        _cursor = (line, lines[line].Length / 2);

        _toServer = new Pipe();
        var toClient = new Pipe();
        var options = new LanguageServerOptions { Model = Model ? SentenceModel.Load(Path.Combine(Repo.Root, "models")) : null };
        _server = Task.Run(() => LanguageServer.RunAsync(_toServer.Reader.AsStream(), toClient.Writer.AsStream(), options, TextWriter.Null));
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web) };
        _client = new JsonRpc(new HeaderDelimitedMessageHandler(_toServer.Writer.AsStream(), toClient.Reader.AsStream(), formatter));
        _editor = new Editor();
        _client.AddLocalRpcTarget(_editor);
        _client.StartListening();

        _client.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { processId = (int?)null, capabilities = new { } }).GetAwaiter().GetResult();
        _client.NotifyWithParameterObjectAsync("initialized", new { }).GetAwaiter().GetResult();
        var published = _editor.Expect(_version = 1);
        _client.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "plaintext", version = 1, text } }).GetAwaiter().GetResult();
        published.GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<int> KeystrokeToDiagnostics()
    {
        int version = ++_version;
        var published = _editor.Expect(version);
        // Each keystroke replaces the previous one's word with a word never typed before, so the edited sentence is new
        // every time (as in real typing: nothing the model answered before applies to it) while the letter keeps its size.
        var typed = "w" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var start = new { line = _cursor.Line, character = _cursor.Character };
        var end = new { line = _cursor.Line, character = _cursor.Character + _typed.Length };
        _typed = typed;
        await _client.NotifyWithParameterObjectAsync("textDocument/didChange", new { textDocument = new { uri = Uri, version },
            contentChanges = new[] { new { range = new { start, end }, text = typed } } });
        return await published;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.InvokeWithParameterObjectAsync<JsonElement>("shutdown").GetAwaiter().GetResult();
        _client.NotifyAsync("exit").GetAwaiter().GetResult();
        _server.GetAwaiter().GetResult();
        _client.Dispose();
    }

    /// <summary>Completes the awaited version's task when its diagnostics arrive.</summary>
    private sealed class Editor
    {
        private TaskCompletionSource<int> _next = new();
        private int _expected;

        public Task<int> Expect(int version)
        {
            _expected = version;
            _next = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            return _next.Task;
        }

        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void PublishDiagnostics(JsonElement parameters)
        {
            if (parameters.TryGetProperty("version", out var v) && v.GetInt32() == _expected)
                _next.TrySetResult(parameters.GetProperty("diagnostics").GetArrayLength());
        }
    }
}
