using System.Text.Json;

namespace ToneCheck.Lsp.Protocol;

public sealed record ClientInfo(string Name, string? Version = null);

public sealed record InitializeParams(int? ProcessId = null, ClientInfo? ClientInfo = null, JsonElement? InitializationOptions = null, JsonElement? Capabilities = null);

public sealed record ServerInfo(string Name, string Version);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerCapabilities(string PositionEncoding, TextDocumentSyncOptions TextDocumentSync,
    CodeActionOptions CodeActionProvider, bool HoverProvider, ExecuteCommandOptions? ExecuteCommandProvider = null);

public sealed record ExecuteCommandOptions(string[] Commands);

/// <summary><see cref="Change"/>: 1 full text on every change, 2 incremental ranges.</summary>
public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

public sealed record SaveOptions(bool IncludeText);

public sealed record CodeActionOptions(string[] CodeActionKinds);

public sealed record DidChangeConfigurationParams(JsonElement? Settings = null);
