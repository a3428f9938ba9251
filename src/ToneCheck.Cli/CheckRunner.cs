using ToneCheck.Config;
using ToneCheck.Engine;
using ToneCheck.Engine.Reporting;
using ToneCheck.Mail;

namespace ToneCheck.Cli;

/// <summary>What <c>tonecheck check</c> was asked to do, apart from which checker each letter gets.</summary>
internal sealed record CheckRequest(string[] Paths, string Format, string? OutputPath, string FailOn, string? Baseline, bool UpdateBaseline);

/// <summary>Runs <c>tonecheck check</c>: gathers inputs, checks each, renders the report, decides the exit code.</summary>
internal static class CheckRunner
{
    public static int Run(ConfiguredCheckers checkers, CheckRequest request, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        SuppressionsResolver suppressions;
        try { suppressions = new SuppressionsResolver(request.UpdateBaseline ? null : request.Baseline); }
        catch (ConfigException e) { return Fail(stderr, e.Message); }

        var files = new List<(FileReport Report, CheckResult? Result)>();
        bool inputError = false;
        foreach (var input in ExpandInputs(request.Paths, checkers, stderr, ref inputError))
        {
            string name = input == "-" ? "<stdin>" : input;
            try
            {
                var checker = checkers.For(input == "-" ? Directory.GetCurrentDirectory() : input);
                CheckResult result;
                if (input != "-" && MailLetter.IsMailFile(input))
                {
                    var mail = MailLetter.ReadFile(input);
                    result = checker.Check(mail.Text, input) with { Source = mail.Source };
                }
                else
                {
                    var text = input == "-" ? LetterInput.ReadStream(StdinStream(stdin), "<stdin>") : LetterInput.ReadFile(input);
                    result = checker.Check(text, name);
                }
                var fileReport = FileReport.From(result);
                files.Add((suppressions.ForLetter(name)?.Apply(fileReport) ?? fileReport, result));
            }
            catch (InputException e)
            {
                stderr.WriteLine($"tonecheck: {e.Message}");
                files.Add((new FileReport(input, "en", [], e.Message), null));
                inputError = true;
            }
            // A broken config or model affects every letter after this one too: stop with a usage error.
            catch (ConfigException e) { return Fail(stderr, e.Message); }
            catch (ToneCheck.Ml.ModelException e) { return Fail(stderr, e.Message); }
            catch (ToneCheck.Packs.PackLoadException e)
            {
                PackCommands.WriteErrors(e, stderr);
                return ExitCodes.UsageOrInput;
            }
        }

        if (request.UpdateBaseline)
        {
            try { files = UpdateBaseline(request.Baseline, files, stderr); }
            catch (Exception e) when (e is ConfigException or IOException or UnauthorizedAccessException) { return Fail(stderr, e.Message); }
        }

        var reports = files.Select(f => f.Report).ToList();
        string report = request.Format switch
        {
            "json" => JsonReport.Render(reports, App.Version),
            "sarif" => SarifReport.Render(reports, App.Version, checkers.RulesInUse),
            "msbuild" => MsBuildOutput.Render(reports),
            _ => "",
        };

        if (request.Format == "text")
        {
            using var writer = request.OutputPath is null ? null : new StreamWriter(request.OutputPath);
            TextOutput.Render(files.Where(f => f.Result is not null).Select(f => (f.Result!, f.Report)).ToList(), writer ?? stdout,
                colour: writer is null && !Console.IsOutputRedirected && stdout == Console.Out);
        }
        else if (request.OutputPath is not null) File.WriteAllText(request.OutputPath, report);
        else stdout.Write(report);

        if (inputError) return ExitCodes.UsageOrInput;
        int threshold = request.FailOn switch { "error" => 3, "warning" => 2, "info" => 1, _ => int.MaxValue };
        bool failed = reports.SelectMany(f => f.Active).Any(d => Rank(d.Severity) >= threshold);
        return failed ? ExitCodes.Findings : ExitCodes.Clean;
    }

    // Every finding of this run becomes judged; the report then shows them as suppressed, so the run is clean.
    private static List<(FileReport Report, CheckResult? Result)> UpdateBaseline(string? baseline, List<(FileReport Report, CheckResult? Result)> files, TextWriter stderr)
    {
        string path = baseline ?? Suppressions.FileName;
        if (path.EndsWith(".sarif", StringComparison.OrdinalIgnoreCase))
            throw new ConfigException(path, 1, 1, "--update-baseline writes a suppressions YAML file; write a SARIF baseline with --format sarif --output instead");
        var current = File.Exists(path) ? Suppressions.Load(path) : Suppressions.Empty(path);
        var updated = current.Update(files.Select(f => f.Report));
        updated.Save(path);
        stderr.WriteLine($"tonecheck: wrote {updated.Entries.Count} suppressions to {path}.");
        return files.Select(f => (updated.Apply(f.Report with { Diagnostics = f.Report.Diagnostics.Select(d => d with { Suppression = null }).ToList() }), f.Result)).ToList();
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"tonecheck: {message}");
        return ExitCodes.UsageOrInput;
    }

    private static int Rank(string severity) => severity switch { "error" => 3, "warning" => 2, "info" => 1, _ => 0 };

    // Console.In is a TextReader; letters must be read as bytes so that the encoding checks apply to stdin too.
    internal static Stream StdinStream(TextReader stdin) =>
        stdin == Console.In ? Console.OpenStandardInput() : new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stdin.ReadToEnd()));

    /// <summary>Files named are checked as given; folders are walked for letters, filtered by the config's include/exclude.</summary>
    internal static List<string> ExpandInputs(string[] paths, ConfiguredCheckers checkers, TextWriter stderr, ref bool inputError)
    {
        var result = new List<string>();
        foreach (var path in paths)
        {
            if (path == "-") result.Add(path);
            else if (Directory.Exists(path))
            {
                var letters = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || MailLetter.IsMailFile(f))
                    .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
                    .Where(f => checkers.Configs.ForLetter(f).Includes(f))
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
