using Spectre.Console;
using ToneCheck.Engine;
using ToneCheck.Engine.Reporting;
using ToneCheck.Rules;

namespace ToneCheck.Cli;

/// <summary>
/// Human output in the shape of a compiler's: location, severity, rule and message, then the source line with
/// the span underlined and the suggestion. Coloured only on a terminal.
/// </summary>
internal static class TextOutput
{
    public static void Render(IReadOnlyList<(CheckResult Result, FileReport Report)> files, TextWriter writer, bool colour)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = colour ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 4096; // never wrap: the underline must stay under its words
        int errors = 0, warnings = 0, infos = 0, suppressed = 0;
        foreach (var (result, report) in files)
        {
            if (result.Source is { } source)
            {
                var encoding = string.Join(", ", new[] { source.ContentTransferEncoding, source.Charset }.Where(s => s is not null));
                console.MarkupLine($"[bold]{Markup.Escape(result.Path)}:[/] {Markup.Escape(source.Kind)}: checked its {Markup.Escape(source.Part)} part{(encoding.Length > 0 ? $" ({Markup.Escape(encoding)})" : "")}; line numbers below are of the checked text");
            }
            foreach (var d in report.Diagnostics)
            {
                // Judged findings are counted, not shown: the writer has already decided about them.
                if (d.Suppression is not null) { suppressed++; continue; }
                var colourName = d.Severity switch { "error" => "red", "warning" => "yellow", _ => "blue" };
                console.MarkupLine($"[bold]{Markup.Escape(result.Path)}:{d.StartLine}:{d.StartColumn}:[/] [{colourName}]{d.Severity}[/] [bold]{d.RuleId}[/] ({d.RuleName}): {Markup.Escape(d.Message)}");
                WriteSnippet(console, result, d);
                if (d.Suggestion is not null) console.MarkupLine($"      [green]= {Markup.Escape(RuleText.Label(report.Messages, d.Kind == "document" ? "add" : "try"))}:[/] {Markup.Escape(d.Suggestion)}");
                if (result.Source?.Find(d.StartLine) is { } range)
                    console.MarkupLine($"      = from: {(range.Part == "header" ? "the message header" : Markup.Escape(range.Part) + " part")}, line {range.SourceLineOf(d.StartLine)}");
                switch (d.Severity) { case "error": errors++; break; case "warning": warnings++; break; default: infos++; break; }
            }
        }
        console.WriteLine();
        var languages = string.Join(", ", files.GroupBy(f => f.Result.Language).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));
        var judged = suppressed > 0 ? $", {suppressed} suppressed" : "";
        console.MarkupLine($"{files.Count} {(files.Count == 1 ? "letter" : "letters")} checked ({languages}): {errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}, {infos} info{judged}.");
    }

    // The first line of the span, with carets under the span's part of it.
    private static void WriteSnippet(IAnsiConsole console, CheckResult result, ReportedDiagnostic d)
    {
        int lineIndex = d.StartLine - 1;
        if (lineIndex >= result.Text.Lines.Count) return;
        var line = result.Text.ToString(result.Text.Lines[lineIndex].Span).Replace('\t', ' ');
        int start = Math.Min(d.StartColumn - 1, line.Length);
        int end = d.EndLine - 1 == lineIndex ? Math.Min(d.EndColumn - 1, line.Length) : line.Length;
        var (shown, offset) = Around(line, start, end);
        var number = (lineIndex + 1).ToString();
        console.MarkupLine($" {number,4} | {Markup.Escape(shown)}");
        int caretStart = start - offset, caretEnd = Math.Min(end - offset, shown.Length);
        console.MarkupLine($" {new string(' ', 4)} | {new string(' ', caretStart)}[red]{new string('^', Math.Max(1, caretEnd - caretStart))}[/]");
    }

    /// <summary>Longest line shown whole; a longer one (a run-on draft, a pasted page) is shown around the span.</summary>
    internal const int MaxShownLine = 1000;

    private const int ShownContext = 200;

    /// <summary>
    /// The part of <paramref name="line"/> to show for a span [start, end): the whole line when it is not long, else
    /// some context each side of the span with "…" where it is cut, so every finding on a page-long line costs
    /// the same as on a short one. The offset is where the shown text's columns start in the line, minus the
    /// leading mark.
    /// </summary>
    internal static (string Shown, int Offset) Around(string line, int start, int end)
    {
        if (line.Length <= MaxShownLine) return (line, 0);
        int from = Math.Max(0, start - ShownContext);
        int to = Math.Min(line.Length, Math.Min(Math.Max(end, start + 1) + ShownContext, from + MaxShownLine));
        var lead = from > 0 ? "…" : "";
        return (lead + line[from..to] + (to < line.Length ? "…" : ""), from - lead.Length);
    }
}
