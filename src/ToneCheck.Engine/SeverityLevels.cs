using Microsoft.CodeAnalysis;

namespace ToneCheck.Engine;

/// <summary>The severity words every front end accepts for a rule override (error, warning, info, none).</summary>
public static class SeverityLevels
{
    /// <summary>Reads error, warning (warn), info (note) or none (off), in any case.</summary>
    public static bool TryParse(string? value, out ReportDiagnostic level)
    {
        ReportDiagnostic? parsed = value?.Trim().ToLowerInvariant() switch
        {
            "error" => ReportDiagnostic.Error,
            "warning" or "warn" => ReportDiagnostic.Warn,
            "info" or "note" => ReportDiagnostic.Info,
            "none" or "off" => ReportDiagnostic.Suppress,
            _ => null,
        };
        level = parsed ?? ReportDiagnostic.Default;
        return parsed is not null;
    }
}
