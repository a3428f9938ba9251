using StreamJsonRpc;
using ToneCheck.Config;
using ToneCheck.Engine;
using ToneCheck.Lsp.Protocol;

namespace ToneCheck.Lsp;

/// <summary>
/// The LSP methods, invoked by StreamJsonRpc one at a time in the order they arrive (so incremental changes apply in
/// order). Requests before initialize get ServerNotInitialized, requests after shutdown InvalidRequest; notifications
/// at those times are dropped, as the specification says. Parameters that do not match the specification's shapes
/// (a missing field, a null where a value belongs) fail in deserialization: StreamJsonRpc answers such a request with
/// an error naming the field and drops such a notification, and the connection goes on.
/// </summary>
internal sealed class ToneCheckServer(LanguageServerOptions options, Func<string, object, Task> notify, TextWriter log)
{
    private const int ServerNotInitialized = -32002;
    private const int InvalidRequest = -32600;
    private const int InvalidParams = -32602;
    private const int InternalError = -32603;

    private enum State { Created, Initialized, ShutDown }

    private State _state = State.Created;
    private Workspace? _workspace;
    private readonly ConfiguredCheckers _checkers = options.Checkers
        ?? new ConfiguredCheckers(new ConfigResolver(), () => options.Model, new Overrides(Model: options.Model is null ? false : null));
    private readonly HashSet<string> _configProblems = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the process exit code when the editor sends exit: 0 after shutdown, 1 without.</summary>
    public Task<int> Exited => _exit.Task;

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams request)
    {
        if (_state != State.Created) throw new LocalRpcException("initialize was already received.") { ErrorCode = InvalidRequest };
        var warnings = new List<string>();
        var settings = ServerSettings.Default.With(request.InitializationOptions, warnings);
        _workspace = new Workspace(CheckerFor(settings), settings,
            diagnostics => notify("textDocument/publishDiagnostics", diagnostics), Warn, log);
        _state = State.Initialized;
        foreach (var warning in warnings) Warn(warning);
        log.WriteLine($"tonecheck lsp: initialized by {request.ClientInfo?.Name ?? "an unnamed client"}; checking languageIds {string.Join(", ", settings.Languages)}{(options.Model is null ? ", rules only" : "")}.");
        return new InitializeResult(
            new ServerCapabilities("utf-16", new TextDocumentSyncOptions(OpenClose: true, Change: 2, new SaveOptions(IncludeText: false)),
                new CodeActionOptions([CodeActions.QuickFix]), HoverProvider: true, new ExecuteCommandOptions([CodeActions.IgnoreCommand])),
            new ServerInfo("tonecheck", options.Version));
    }

    /// <summary>Nothing to do: the server asks the editor for nothing once initialized.</summary>
    [JsonRpcMethod("initialized")]
    public void Initialized()
    {
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        Ready("shutdown");
        _state = State.ShutDown;
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => _exit.TrySetResult(_state == State.ShutDown ? 0 : 1);

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams request)
    {
        if (Accepting("textDocument/didOpen")) _workspace!.Open(request.TextDocument);
    }

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams request)
    {
        if (Accepting("textDocument/didChange")) _workspace!.Change(request.TextDocument, request.ContentChanges);
    }

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(DidSaveTextDocumentParams request)
    {
        if (Accepting("textDocument/didSave")) _workspace!.Save(request.TextDocument.Uri, request.Text);
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public Task DidClose(DidCloseTextDocumentParams request) =>
        Accepting("textDocument/didClose") ? _workspace!.CloseAsync(request.TextDocument.Uri) : Task.CompletedTask;

    [JsonRpcMethod("workspace/didChangeConfiguration", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeConfiguration(DidChangeConfigurationParams request)
    {
        if (!Accepting("workspace/didChangeConfiguration")) return;
        var warnings = new List<string>();
        var settings = _workspace!.Settings.With(request.Settings, warnings);
        foreach (var warning in warnings) Warn(warning);
        _workspace.Configure(settings, CheckerFor(settings));
    }

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public CodeAction[] CodeAction(CodeActionParams request)
    {
        Ready("textDocument/codeAction");
        var analysis = _workspace!.Current(request.TextDocument.Uri);
        return analysis is null ? [] : CodeActions.For(request.TextDocument.Uri, analysis, request.Range, request.Context?.Only);
    }

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Hover? Hover(HoverParams request)
    {
        Ready("textDocument/hover");
        var analysis = _workspace!.Current(request.TextDocument.Uri);
        return analysis is null ? null : HoverText.At(analysis, request.Position);
    }

    [JsonRpcMethod("workspace/executeCommand", UseSingleObjectParameterDeserialization = true)]
    public object? ExecuteCommand(ExecuteCommandParams request)
    {
        Ready("workspace/executeCommand");
        if (request.Command != CodeActions.IgnoreCommand || request.Arguments is not { Length: 4 } args || args.Any(a => a.ValueKind != System.Text.Json.JsonValueKind.String))
            throw new LocalRpcException($"unknown command or arguments: {request.Command}") { ErrorCode = InvalidParams };
        string uri = args[0].GetString()!, rule = args[1].GetString()!, fingerprint = args[2].GetString()!, text = args[3].GetString()!;
        var path = Workspace.PathOf(uri);
        if (!Path.IsPathRooted(path)) throw new LocalRpcException($"{uri} is not a file; only saved letters can have judged findings.") { ErrorCode = InvalidParams };
        try
        {
            var file = Ignoring.Record(path, rule, fingerprint, text);
            log.WriteLine($"tonecheck lsp: recorded {rule} as judged in {file}.");
        }
        catch (Exception e) when (e is ConfigException or IOException or UnauthorizedAccessException)
        {
            throw new LocalRpcException($"could not record the finding: {e.Message}") { ErrorCode = InternalError };
        }
        _workspace!.Configure(_workspace.Settings, CheckerFor(_workspace.Settings));
        return null;
    }

    /// <summary>
    /// Each document's checker: its tonecheck.yml (with the command line's overrides), then the editor's severity
    /// settings on top. A broken config file is reported once and the document is checked with the defaults. The
    /// checker with the editor's settings is made once per configured checker, not on every keystroke.
    /// </summary>
    private Func<string, ToneChecker> CheckerFor(ServerSettings settings)
    {
        var withEditorSettings = new System.Runtime.CompilerServices.ConditionalWeakTable<ToneChecker, ToneChecker>();
        return path =>
        {
            ToneChecker configured;
            try { configured = _checkers.For(Path.IsPathRooted(path) ? path : Directory.GetCurrentDirectory()); }
            catch (Exception e) when (e is ConfigException or ToneCheck.Packs.PackLoadException)
            {
                lock (_configProblems)
                    if (_configProblems.Add(e.Message)) Warn(e.Message);
                configured = _checkers.For(AppContext.BaseDirectory);
            }
            if (settings.Severities.Count == 0 && settings.Messages is null) return configured;
            return withEditorSettings.GetValue(configured, c =>
            {
                var severities = new Dictionary<string, Microsoft.CodeAnalysis.ReportDiagnostic>(c.Severities, StringComparer.OrdinalIgnoreCase);
                foreach (var (id, level) in settings.Severities) severities[id] = level;
                return c.With(severities, c.Language, ToneCheck.Rules.RuleText.MessagesOver(settings.Messages, c.Messages));
            });
        };
    }

    private void Ready(string method)
    {
        if (_state == State.Created) throw new LocalRpcException($"{method} before initialize.") { ErrorCode = ServerNotInitialized };
        if (_state == State.ShutDown) throw new LocalRpcException($"{method} after shutdown.") { ErrorCode = InvalidRequest };
    }

    /// <summary>Whether a notification is to be handled now; says on standard error why one is dropped.</summary>
    private bool Accepting(string method)
    {
        if (_state == State.Initialized) return true;
        log.WriteLine($"tonecheck lsp: {method} {(_state == State.Created ? "before initialize" : "after shutdown")}; ignored.");
        return false;
    }

    private void Warn(string message)
    {
        log.WriteLine($"tonecheck lsp: {message}");
        _ = notify("window/showMessage", new ShowMessageParams(2, "ToneCheck: " + message)).ContinueWith(
            t => log.WriteLine($"tonecheck lsp: could not show a message: {t.Exception?.GetBaseException().Message}"),
            TaskContinuationOptions.OnlyOnFaulted);
    }
}
