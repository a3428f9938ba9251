namespace ToneCheck.Lsp.Protocol;

// The LSP base structures this server reads and writes. Property names follow the specification through the
// camel-case JSON options in LspJson; only the fields ToneCheck uses are declared.

/// <summary>A 0-based line and a character offset in UTF-16 code units (the specification's default encoding).</summary>
public sealed record Position(int Line, int Character);

/// <summary>From <see cref="Start"/> up to, not including, <see cref="End"/>.</summary>
public sealed record LspRange(Position Start, Position End);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public sealed record TextEdit(LspRange Range, string NewText);

public sealed record WorkspaceEdit(IReadOnlyDictionary<string, TextEdit[]> Changes);

public sealed record MarkupContent(string Kind, string Value);

/// <summary>window/showMessage and window/logMessage: 1 error, 2 warning, 3 info, 4 log.</summary>
public sealed record ShowMessageParams(int Type, string Message);
