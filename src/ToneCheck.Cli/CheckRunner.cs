using ToneCheck.Engine;
using ToneCheck.Engine.Reporting;

namespace ToneCheck.Cli;

/// <summary>Runs <c>tonecheck check</c>: gathers inputs, checks each, renders the report, decides the exit code.</summary>
internal static class CheckRunner
{
    public static int Run(ToneChecker checker, string[] paths, string format, string? outputPath, string failOn,
        TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var files = new List<(FileReport Report, CheckResult? Result)>();
        bool inputError = false;
        foreach (var input in ExpandInputs(paths, stderr, ref inputError))
        {
            try
            {
                var text = input == "-" ? LetterInput.ReadStream(StdinStream(stdin), "<stdin>") : LetterInput.ReadFile(input);
                var result = checker.Check(text, input == "-" ? "<stdin>" : input);
                files.Add((FileReport.From(result), result));
            }
            catch (InputException e)
            {
                stderr.WriteLine($"tonecheck: {e.Message}");
                files.Add((new FileReport(input, "en", [], e.Message), null));
                inputError = true;
            }
            catch (ToneCheck.Ml.ModelException e)
            {
                // The model is deserialised on first use; if it fails then, no later letter can be checked either.
                stderr.WriteLine($"tonecheck: {e.Message}");
                return ExitCodes.UsageOrInput;
            }
        }

        string report = format switch
        {
            "json" => JsonReport.Render(files.Select(f => f.Report).ToList(), App.Version),
            "sarif" => SarifReport.Render(files.Select(f => f.Report).ToList(), App.Version, checker.Rules),
            "msbuild" => MsBuildOutput.Render(files.Select(f => f.Report).ToList()),
            _ => "",
        };

        if (format == "text")
        {
            using var writer = outputPath is null ? null : new StreamWriter(outputPath);
            TextOutput.Render(files.Where(f => f.Result is not null).Select(f => f.Result!).ToList(), writer ?? stdout, colour: writer is null && !Console.IsOutputRedirected && stdout == Console.Out);
        }
        else if (outputPath is not null) File.WriteAllText(outputPath, report);
        else stdout.Write(report);

        if (inputError) return ExitCodes.UsageOrInput;
        int threshold = failOn switch { "error" => 3, "warning" => 2, "info" => 1, _ => int.MaxValue };
        bool failed = files.SelectMany(f => f.Report.Diagnostics).Any(d => Rank(d.Severity) >= threshold);
        return failed ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static int Rank(string severity) => severity switch { "error" => 3, "warning" => 2, "info" => 1, _ => 0 };

    // Console.In is a TextReader; letters must be read as bytes so that the encoding checks apply to stdin too.
    private static Stream StdinStream(TextReader stdin) =>
        stdin == Console.In ? Console.OpenStandardInput() : new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stdin.ReadToEnd()));

    private static IEnumerable<string> ExpandInputs(string[] paths, TextWriter stderr, ref bool inputError)
    {
        var result = new List<string>();
        foreach (var path in paths)
        {
            if (path == "-") result.Add(path);
            else if (Directory.Exists(path))
            {
                var letters = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                    .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
                    .OrderBy(f => f, StringComparer.Ordinal);
                result.AddRange(letters);
            }
            else if (File.Exists(path)) result.Add(path);
            else
            {
                stderr.WriteLine($"tonecheck: {path}: no such file or folder.");
                inputError = true;
            }
        }
        return result;
    }
}
