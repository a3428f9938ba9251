using System.Text;
using ToneCheck.Rules;

namespace ToneCheck.Engine.Reporting;

/// <summary>
/// Renders a rule's documentation page from its descriptor, advice and examples, so docs/rules/TC00x.md and the
/// code cannot drift: a test compares the committed pages with this output, and <c>tonecheck docs</c> rewrites them.
/// </summary>
public static class RuleDocs
{
    public static string Render(ToneRule rule)
    {
        var d = rule.Descriptor;
        var sb = new StringBuilder();
        sb.Append($"# {rule.Id}: {rule.Name}\n\n");
        sb.Append("<!-- Generated from the rule's descriptor by `tonecheck docs`; edit the rule, not this page. -->\n\n");
        sb.Append("| | |\n|---|---|\n");
        sb.Append($"| Title | {d.Title} |\n");
        sb.Append($"| Kind | {(rule.Kind == RuleKind.Line ? "line (points at the offending words)" : "document (reported once when the element is missing)")} |\n");
        sb.Append($"| Default severity | {ReportedDiagnostic.SeverityName(d.DefaultSeverity)} |\n");
        sb.Append($"| Category | {d.Category} |\n\n");
        sb.Append("## Why\n\n").Append(rule.Advice).Append("\n\n");
        sb.Append("## Reported\n\n");
        foreach (var e in rule.Examples.Where(e => e.ShouldFlag)) AppendExample(sb, e);
        sb.Append("\n## Not reported\n\n");
        foreach (var e in rule.Examples.Where(e => !e.ShouldFlag)) AppendExample(sb, e);
        sb.Append("\n## Configure\n\n");
        sb.Append($"Change the severity with `--severity {rule.Id}=error|warning|info|none` on the command line, or ");
        sb.Append($"`dotnet_diagnostic.{rule.Id}.severity = ...` in a `.globalconfig` for the analyzer package.\n");
        return sb.ToString();
    }

    private static void AppendExample(StringBuilder sb, RuleExample e)
    {
        var text = e.Text.Replace("[|", "**").Replace("|]", "**").Replace("\r", "").Replace("\n", " / ");
        sb.Append("- ").Append(text);
        if (e.Note is not null) sb.Append(" _(").Append(e.Note).Append(")_");
        sb.Append('\n');
    }
}
