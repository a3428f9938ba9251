namespace ToneCheck.Lsp.Protocol;

public sealed record CodeDescription(string Href);

/// <summary><see cref="Severity"/>: 1 error, 2 warning, 3 information, 4 hint.</summary>
public sealed record LspDiagnostic(LspRange Range, string Message, int? Severity = null, string? Code = null, CodeDescription? CodeDescription = null, string? Source = null);

public sealed record PublishDiagnosticsParams(string Uri, LspDiagnostic[] Diagnostics, int? Version = null);
