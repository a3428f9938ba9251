using Microsoft.CodeAnalysis;
using ToneCheck.Lsp.Protocol;

namespace ToneCheck.Lsp;

/// <summary>An engine diagnostic as LSP publishes it: its exact range, the rule ID as code with its docs page, and the severity.</summary>
internal static class DiagnosticMapper
{
    public const string Source = "tonecheck";

    public static LspDiagnostic ToLsp(Diagnostic d, LineMap lines)
    {
        var help = d.Descriptor.HelpLinkUri;
        return new LspDiagnostic(lines.RangeOf(d.Location.SourceSpan), d.GetMessage(), SeverityOf(d.Severity), d.Id,
            string.IsNullOrEmpty(help) ? null : new CodeDescription(help), Source);
    }

    public static int SeverityOf(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => 1,
        DiagnosticSeverity.Warning => 2,
        DiagnosticSeverity.Info => 3,
        _ => 4,
    };
}
