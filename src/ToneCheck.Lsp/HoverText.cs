using System.Text;
using Microsoft.CodeAnalysis;
using ToneCheck.Engine;
using ToneCheck.Engine.Reporting;
using ToneCheck.Lsp.Protocol;
using ToneCheck.Rules;

namespace ToneCheck.Lsp;

/// <summary>
/// The hover over a reported span: for each diagnostic there, the rule's title, the message, the rule's advice (its
/// descriptor's description), the suggestion and the link to the rule's page, in Markdown; title and advice in the
/// language the message is written in.
/// </summary>
internal static class HoverText
{
    public static Hover? At(DocumentAnalysis analysis, Position position)
    {
        var here = analysis.Diagnostics.Where(d => Ranges.Contains(d.Lsp.Range, position)).ToList();
        if (here.Count == 0) return null;
        var markdown = string.Join("\n\n---\n\n", here.Select(d => Explain(d.Engine)));
        // The hover's range is the narrowest span under the cursor, the one an editor should highlight.
        var range = here.MinBy(d => (d.Lsp.Range.End.Line - d.Lsp.Range.Start.Line, d.Engine.Location.SourceSpan.Length)).Lsp.Range;
        return new Hover(new MarkupContent("markdown", markdown), range);
    }

    private static string Explain(Diagnostic d)
    {
        var rule = RuleCatalog.Find(d.Id);
        var name = rule?.Name ?? ReportedDiagnostic.From(d).RuleName;
        var language = d.Properties.GetValueOrDefault(DiagnosticProperties.MessageLanguage) ?? RuleText.English;
        var title = rule?.Text("title", language) ?? d.Descriptor.Title.ToString();
        var text = new StringBuilder()
            .Append($"**{d.Id} {name}: {title}** ({ReportedDiagnostic.SeverityName(d.Severity)})\n\n")
            .Append(d.GetMessage()).Append("\n\n");
        var advice = rule?.Text("description", language) ?? d.Descriptor.Description.ToString();
        if (advice.Length > 0) text.Append(advice).Append("\n\n");
        if (d.Properties.GetValueOrDefault(DiagnosticProperties.Suggestion) is { Length: > 0 } suggestion)
            text.Append("Try: ").Append(suggestion).Append("\n\n");
        if (!string.IsNullOrEmpty(d.Descriptor.HelpLinkUri))
            text.Append($"[{d.Id} documentation]({d.Descriptor.HelpLinkUri})");
        return text.ToString().TrimEnd();
    }
}
