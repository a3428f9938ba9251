using System.Text.Json.Serialization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ToneCheck.Rules;

namespace ToneCheck.Engine.Reporting;

/// <summary>
/// A diagnostic flattened for output: 1-based lines and columns (columns count UTF-16 code units, the end column
/// is one past the last character, as in SARIF), the rule, the message and the suggestion.
/// </summary>
public sealed record ReportedDiagnostic(string RuleId, string RuleName, string Severity, string Message,
    int StartLine, int StartColumn, int EndLine, int EndColumn, string Text, string? Suggestion, string Kind, string Source)
{
    /// <summary>The exact edit that fixes this finding, when a machine can make it (see <see cref="SuggestedFix"/>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReportedFix? Fix { get; init; }

    /// <summary>Identifies the finding across edits that move it (see <see cref="Reporting.Fingerprint"/>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Fingerprint { get; init; }

    /// <summary>Set when a suppressions file or baseline lists this finding: it is reported, but does not count.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReportedSuppression? Suppression { get; init; }

    /// <param name="text">The checked text; with it, a fix's edit is reported in lines and columns too.</param>
    public static ReportedDiagnostic From(Diagnostic d, SourceText? text = null)
    {
        var span = d.Location.GetLineSpan();
        var name = d.Properties.GetValueOrDefault(DiagnosticProperties.Rule) ?? RuleCatalog.Find(d.Id)?.Name
            ?? (d.Id == UnsupportedLanguage.Id ? "unsupported-language" : d.Id);
        d.Properties.TryGetValue(DiagnosticProperties.Suggestion, out var suggestion);
        var fix = text is not null && SuggestedFix.From(d.Properties) is { } f && f.Span.End <= text.Length
            ? ReportedFix.From(f, text) : null;
        return new ReportedDiagnostic(d.Id, name, SeverityName(d.Severity), d.GetMessage(),
            span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1,
            d.Properties.GetValueOrDefault(DiagnosticProperties.Text) ?? "", suggestion,
            d.Properties.GetValueOrDefault(DiagnosticProperties.Kind) ?? "line",
            d.Properties.GetValueOrDefault(DiagnosticProperties.Source) ?? "rules") { Fix = fix };
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
    /// <summary>Where the checked text came from, when it was extracted from a container (an email); else null.</summary>
    public LetterSource? Source { get; init; }

    /// <summary>The language the messages are written in.</summary>
    public string Messages { get; init; } = RuleText.English;

    public static FileReport From(CheckResult result) =>
        new(result.Path, result.Language, Fingerprint.Assign(result.Diagnostics.Select(d => ReportedDiagnostic.From(d, result.Text))))
        {
            Source = result.Source,
            Messages = result.MessageLanguage,
        };

    /// <summary>The diagnostics that count: not suppressed.</summary>
    public IEnumerable<ReportedDiagnostic> Active => Diagnostics.Where(d => d.Suppression is null);
}

/// <summary>A fix's edit in the report's coordinates (1-based lines and columns, end exclusive) plus the new text.</summary>
public sealed record ReportedFix(int StartLine, int StartColumn, int EndLine, int EndColumn, string Text)
{
    internal static ReportedFix From(SuggestedFix fix, SourceText text)
    {
        var span = text.Lines.GetLinePositionSpan(fix.Span);
        return new ReportedFix(span.Start.Line + 1, span.Start.Character + 1, span.End.Line + 1, span.End.Character + 1, fix.NewText);
    }
}

/// <summary>Why a finding is not counted: the file that lists it, and the writer's justification if one was given.</summary>
public sealed record ReportedSuppression(string Source, string? Justification);
