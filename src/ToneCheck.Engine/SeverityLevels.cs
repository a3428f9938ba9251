using Microsoft.CodeAnalysis;

namespace ToneCheck.Engine;

/// <summary>The severity names a user may give for a rule (error, warning, info, none), shared by every front end.</summary>
public static class SeverityLevels
{
    public const string Expected = "error, warning, info or none";

    /// <summary>Reads error, warning (warn), info (note) or none (off), in any case.</summary>
    public static bool TryParse(string? value, out ReportDiagnostic severity)
    {
        ReportDiagnostic? parsed = value?.Trim().ToLowerInvariant() switch
        {
            "error" => ReportDiagnostic.Error,
            "warning" or "warn" => ReportDiagnostic.Warn,
            "info" or "note" => ReportDiagnostic.Info,
            "none" or "off" => ReportDiagnostic.Suppress,
            _ => null,
        };
        severity = parsed ?? default;
        return parsed is not null;
    }
}
