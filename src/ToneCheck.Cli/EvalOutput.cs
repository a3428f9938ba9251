using System.Text;
using System.Text.Json;
using ToneCheck.Engine.Evaluation;
using ToneCheck.Engine.Reporting;
using ToneCheck.Rules;

namespace ToneCheck.Cli;

/// <summary>Renders an evaluation as a Markdown table (pasteable into the README) or JSON.</summary>
internal static class EvalOutput
{
    public static string Text(EvaluationReport report, bool listErrors)
    {
        var sb = new StringBuilder();
        sb.Append($"{report.Letters} letters\n\n");
        sb.Append("| rule | name | P | R | F1 | reported | labelled |\n|---|---|---|---|---|---|---|\n");
        foreach (var s in report.Rules)
            sb.Append($"| {s.Rule} | {RuleCatalog.Find(s.Rule)?.Name} | {s.Precision:F2} | {s.Recall:F2} | {s.F1:F2} | {s.Reported} | {s.Labelled} |\n");
        sb.Append($"| core six | micro | {report.CoreSix.Precision:F2} | {report.CoreSix.Recall:F2} | {report.CoreSix.F1:F2} | | |\n");
        sb.Append($"| all | micro | {report.All.Precision:F2} | {report.All.Recall:F2} | {report.All.F1:F2} | | |\n");
        if (listErrors)
        {
            sb.Append('\n');
            foreach (var e in report.Errors)
                sb.Append(e.FirstLine > 0 ? $"{e.Letter}: {e.Rule} {e.Kind} lines {e.FirstLine}-{e.LastLine}\n" : $"{e.Letter}: {e.Rule} {e.Kind}\n");
        }
        return sb.ToString();
    }

    public static string Json(EvaluationReport report) => JsonSerializer.Serialize(report, JsonReport.Options) + "\n";
}
