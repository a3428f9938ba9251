namespace ToneCheck.Lsp.Protocol;

public sealed record CodeActionContext(LspDiagnostic[]? Diagnostics = null, string[]? Only = null);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, LspRange Range, CodeActionContext? Context = null);

public sealed record CodeAction(string Title, string Kind, LspDiagnostic[] Diagnostics, bool IsPreferred, WorkspaceEdit Edit);

public sealed record HoverParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record Hover(MarkupContent Contents, LspRange Range);
