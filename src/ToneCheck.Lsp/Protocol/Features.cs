using System.Text.Json;

namespace ToneCheck.Lsp.Protocol;

public sealed record CodeActionContext(LspDiagnostic[]? Diagnostics = null, string[]? Only = null);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, LspRange Range, CodeActionContext? Context = null);

/// <summary>A quick fix: an <see cref="Edit"/> the editor applies, or a <see cref="Command"/> it asks the server to run.</summary>
public sealed record CodeAction(string Title, string Kind, LspDiagnostic[] Diagnostics, bool IsPreferred, WorkspaceEdit? Edit = null, LspCommand? Command = null);

public sealed record LspCommand(string Title, string Command, JsonElement[]? Arguments = null);

public sealed record ExecuteCommandParams(string Command, JsonElement[]? Arguments = null);

public sealed record HoverParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record Hover(MarkupContent Contents, LspRange Range);
