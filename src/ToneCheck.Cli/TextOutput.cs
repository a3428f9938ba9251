using Microsoft.CodeAnalysis;
using Spectre.Console;
using ToneCheck.Engine;
using ToneCheck.Engine.Reporting;

namespace ToneCheck.Cli;

/// <summary>
/// Human output in the shape of a compiler's: location, severity, rule and message, then the source line with
/// the span underlined and the suggestion. Coloured only on a terminal.
/// </summary>
internal static class TextOutput
{
    public static void Render(IReadOnlyList<CheckResult> results, TextWriter writer, bool colour)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = colour ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 4096; // never wrap: the underline must stay under its words
        int errors = 0, warnings = 0, infos = 0;
        foreach (var result in results)
        {
            if (result.Source is { } source)
            {
                var encoding = string.Join(", ", new[] { source.ContentTransferEncoding, source.Charset }.Where(s => s is not null));
                console.MarkupLine($"[bold]{Markup.Escape(result.Path)}:[/] {Markup.Escape(source.Kind)}: checked its {Markup.Escape(source.Part)} part{(encoding.Length > 0 ? $" ({Markup.Escape(encoding)})" : "")}; line numbers below are of the checked text");
            }
            foreach (var diagnostic in result.Diagnostics)
            {
                var d = ReportedDiagnostic.From(diagnostic);
                var colourName = d.Severity switch { "error" => "red", "warning" => "yellow", _ => "blue" };
                console.MarkupLine($"[bold]{Markup.Escape(result.Path)}:{d.StartLine}:{d.StartColumn}:[/] [{colourName}]{d.Severity}[/] [bold]{d.RuleId}[/] ({d.RuleName}): {Markup.Escape(d.Message)}");
                WriteSnippet(console, result, diagnostic);
                if (d.Suggestion is not null) console.MarkupLine($"      [green]= {(d.Kind == "document" ? "add" : "try")}:[/] {Markup.Escape(d.Suggestion)}");
                if (result.Source?.Find(d.StartLine) is { } range)
                    console.MarkupLine($"      = from: {(range.Part == "header" ? "the message header" : Markup.Escape(range.Part) + " part")}, line {range.SourceLineOf(d.StartLine)}");
                switch (d.Severity) { case "error": errors++; break; case "warning": warnings++; break; default: infos++; break; }
            }
        }
        console.WriteLine();
        var languages = string.Join(", ", results.GroupBy(r => r.Language).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));
        console.MarkupLine($"{results.Count} {(results.Count == 1 ? "letter" : "letters")} checked ({languages}): {errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}, {infos} info.");
    }

    // The first line of the span, with carets under the span's part of it.
    private static void WriteSnippet(IAnsiConsole console, CheckResult result, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        int lineIndex = span.StartLinePosition.Line;
        if (lineIndex >= result.Text.Lines.Count) return;
        var line = result.Text.ToString(result.Text.Lines[lineIndex].Span).Replace('\t', ' ');
        int start = Math.Min(span.StartLinePosition.Character, line.Length);
        int end = span.EndLinePosition.Line == lineIndex ? Math.Min(span.EndLinePosition.Character, line.Length) : line.Length;
        var number = (lineIndex + 1).ToString();
        console.MarkupLine($" {number,4} | {Markup.Escape(line)}");
        console.MarkupLine($" {new string(' ', 4)} | {new string(' ', start)}[red]{new string('^', Math.Max(1, end - start))}[/]");
    }
}
