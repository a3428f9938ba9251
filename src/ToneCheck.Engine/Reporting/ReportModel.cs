using Microsoft.CodeAnalysis;
using ToneCheck.Rules;

namespace ToneCheck.Engine.Reporting;

/// <summary>
/// A diagnostic flattened for output: 1-based lines and columns (columns count UTF-16 code units, the end column
/// is one past the last character, as in SARIF), the rule, the message and the suggestion.
/// </summary>
public sealed record ReportedDiagnostic(string RuleId, string RuleName, string Severity, string Message,
    int StartLine, int StartColumn, int EndLine, int EndColumn, string Text, string? Suggestion, string Kind, string Source)
{
    public static ReportedDiagnostic From(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        var rule = RuleCatalog.Find(d.Id);
        d.Properties.TryGetValue(DiagnosticProperties.Suggestion, out var suggestion);
        return new ReportedDiagnostic(d.Id, rule?.Name ?? (d.Id == UnsupportedLanguage.Id ? "unsupported-language" : d.Id), SeverityName(d.Severity), d.GetMessage(),
            span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1,
            d.Properties.GetValueOrDefault(DiagnosticProperties.Text) ?? "", suggestion,
            d.Properties.GetValueOrDefault(DiagnosticProperties.Kind) ?? "line",
            d.Properties.GetValueOrDefault(DiagnosticProperties.Source) ?? "rules");
    }

    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}

/// <summary>One checked file, or one that could not be read (with <see cref="Error"/> set).</summary>
public sealed record FileReport(string Path, string Language, IReadOnlyList<ReportedDiagnostic> Diagnostics, string? Error = null)
{
    /// <summary>
    /// The 1-based line of the letter's sign-off, where an editor inserts a missing element's sentence; set only
    /// by front ends that offer such edits (the JSON then carries <c>signOffLine</c>), null when there is none.
    /// </summary>
    public int? SignOffLine { get; init; }

    public static FileReport From(CheckResult result) =>
        new(result.Path, result.Language, result.Diagnostics.Select(ReportedDiagnostic.From).ToList());

    /// <summary>As <see cref="From(CheckResult)"/>, with <see cref="SignOffLine"/> set from the parsed letter.</summary>
    public static FileReport WithSignOff(CheckResult result) => From(result) with
    {
        SignOffLine = result.Letter.SignOff is { } s ? result.Text.Lines.GetLineFromPosition(s.Start).LineNumber + 1 : null,
    };
}
