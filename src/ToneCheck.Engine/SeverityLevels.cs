using Microsoft.CodeAnalysis;

namespace ToneCheck.Engine;

/// <summary>The severity names a user may give for a rule (error, warning, info, none), shared by every front end.</summary>
public static class SeverityLevels
{
    public const string Expected = "error, warning, info or none";

    public static bool TryParse(string level, out ReportDiagnostic severity)
    {
        ReportDiagnostic? parsed = level.Trim().ToLowerInvariant() switch
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
