using System.CommandLine;
using Microsoft.CodeAnalysis;
using ToneCheck.Engine;
using ToneCheck.Engine.Evaluation;
using ToneCheck.Engine.Reporting;
using ToneCheck.Lsp;
using ToneCheck.Ml;
using ToneCheck.Rules;

namespace ToneCheck.Cli;

/// <summary>The command tree. Every command writes to the writers it is given, so tests run it in process too.</summary>
public static class App
{
    public const string Version = "0.1.0";

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("ToneCheck: checks a letter that ends a customer relationship before you send it.");
        root.Subcommands.Add(CheckCommand(stdin, stdout, stderr));
        root.Subcommands.Add(EvalCommand(stdout, stderr));
        root.Subcommands.Add(RulesCommand(stdout));
        root.Subcommands.Add(ExplainCommand(stdout, stderr));
        root.Subcommands.Add(DocsCommand(stdout, stderr));
        root.Subcommands.Add(LspCommand(stderr));
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) stderr.WriteLine($"tonecheck: {e.Message}");
            stderr.WriteLine("Run 'tonecheck --help' for usage.");
            return ExitCodes.UsageOrInput;
        }
        return await parse.InvokeAsync(config);
    }

    private static Command CheckCommand(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Letter files, folders (*.txt and *.md, recursively) or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "text | msbuild | json | sarif", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "msbuild", "json", "sarif");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var failOn = new Option<string>("--fail-on") { Description = "error | warning | info | none: the lowest severity that makes the exit code 1.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "none");
        var severity = new Option<string[]>("--severity") { Description = "Override a rule's severity, e.g. --severity TC009=none (error|warning|info|none). Repeatable.", AllowMultipleArgumentsPerToken = true };
        var noModel = new Option<bool>("--no-model") { Description = "Rules only: do not load the sentence classifier." };
        var modelDir = new Option<string?>("--model-dir") { Description = "Folder holding tonecheck-sentences.zip (default: the models/ folder shipped with ToneCheck)." };
        var language = new Option<string>("--language") { Description = "auto | en | cy | ms | vi | tl: the letters' language (auto detects it per letter).", DefaultValueFactory = _ => "auto" };
        language.AcceptOnlyFromAmong("auto", "en", "cy", "ms", "vi", "tl");
        var command = new Command("check", "Check letters and report diagnostics.") { paths, format, output, failOn, severity, noModel, modelDir, language };
        command.SetAction(parse =>
        {
            if (!TryParseSeverities(parse.GetValue(severity) ?? [], out var overrides, out var error))
            {
                stderr.WriteLine($"tonecheck: {error}");
                return ExitCodes.UsageOrInput;
            }
            if (!ModelLoader.TryLoad(parse.GetValue(noModel), parse.GetValue(modelDir), stderr, out var model)) return ExitCodes.UsageOrInput;
            ToneChecker checker;
            var forced = parse.GetValue(language) is { } l && l != "auto" ? l : null;
            try { checker = new ToneChecker(severities: overrides, model: model, language: forced); }
            catch (ModelException e)
            {
                stderr.WriteLine($"tonecheck: {e.Message}");
                return ExitCodes.UsageOrInput;
            }
            return CheckRunner.Run(checker, parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(output),
                parse.GetValue(failOn)!, stdin, stdout, stderr);
        });
        return command;
    }

    internal static bool TryParseSeverities(string[] values, out Dictionary<string, ReportDiagnostic> overrides, out string? error)
    {
        overrides = new Dictionary<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
        error = null;
        foreach (var value in values)
        {
            var parts = value.Split('=', 2);
            var rule = parts.Length == 2 ? RuleCatalog.Find(parts[0].Trim()) : null;
            if (rule is null)
            {
                error = $"--severity '{value}': expected RULE=LEVEL with a rule from TC001 to TC011.";
                return false;
            }
            if (!SeverityLevels.TryParse(parts[1], out var level))
            {
                error = $"--severity '{value}': the level must be error, warning, info or none.";
                return false;
            }
            overrides[rule.Id] = level;
        }
        return true;
    }

    private static Command EvalCommand(TextWriter stdout, TextWriter stderr)
    {
        var dir = new Argument<string>("folder") { Description = "A labelled folder: NAME.txt + NAME.expected.json pairs (shared/eval/FORMAT.md)." };
        var format = new Option<string>("--format", "-f") { Description = "text | json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var sarif = new Option<string?>("--sarif") { Description = "Score this SARIF report (from 'tonecheck check --format sarif') instead of checking the letters again." };
        var errors = new Option<bool>("--errors") { Description = "List every disagreement (false positive or miss) after the table." };
        var mode = new Option<string>("--mode") { Description = "hybrid | rules | model: what produces the findings.", DefaultValueFactory = _ => "hybrid" };
        mode.AcceptOnlyFromAmong("hybrid", "rules", "model");
        var modelDir = new Option<string?>("--model-dir") { Description = "Folder holding tonecheck-sentences.zip." };
        var command = new Command("eval", "Score ToneCheck against a labelled folder: per-rule precision, recall, F1 and micro-averages.") { dir, format, sarif, errors, mode, modelDir };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            if (!Directory.Exists(folder))
            {
                stderr.WriteLine($"tonecheck: {folder}: no such folder.");
                return ExitCodes.UsageOrInput;
            }
            try
            {
                var sarifPath = parse.GetValue(sarif);
                var checkMode = parse.GetValue(mode) switch { "rules" => CheckMode.RulesOnly, "model" => CheckMode.ModelOnly, _ => CheckMode.Hybrid };
                SentenceModel? model = null;
                if (sarifPath is null && checkMode != CheckMode.RulesOnly
                    && !ModelLoader.TryLoad(false, parse.GetValue(modelDir), stderr, out model)) return ExitCodes.UsageOrInput;
                var report = sarifPath is null
                    ? Scorer.EvaluateFolder(new ToneChecker(model: model, mode: checkMode), folder)
                    : SarifScoring.Score(folder, sarifPath);
                stdout.Write(parse.GetValue(format) == "json" ? EvalOutput.Json(report) : EvalOutput.Text(report, parse.GetValue(errors)));
                return ExitCodes.Clean;
            }
            catch (Exception e) when (e is InputException or IOException or System.Text.Json.JsonException or FormatException or ModelException)
            {
                stderr.WriteLine($"tonecheck: {e.Message}");
                return ExitCodes.UsageOrInput;
            }
        });
        return command;
    }

    private static Command RulesCommand(TextWriter stdout)
    {
        var command = new Command("rules", "List the rules.");
        command.SetAction(_ =>
        {
            stdout.WriteLine($"{"ID",-6} {"name",-20} {"kind",-9} {"severity",-8} title");
            foreach (var r in RuleCatalog.All)
                stdout.WriteLine($"{r.Id,-6} {r.Name,-20} {(r.Kind == RuleKind.Line ? "line" : "document"),-9} {ReportedDiagnostic.SeverityName(r.Descriptor.DefaultSeverity),-8} {r.Descriptor.Title}");
            return ExitCodes.Clean;
        });
        return command;
    }

    private static Command ExplainCommand(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("rule") { Description = "A rule ID (TC002) or name (personal-attack)." };
        var command = new Command("explain", "Print a rule's advice, an example it reports and one it does not.") { id };
        command.SetAction(parse =>
        {
            var key = parse.GetValue(id)!;
            var rule = RuleCatalog.Find(key) ?? RuleCatalog.All.FirstOrDefault(r => r.Name.Equals(key, StringComparison.OrdinalIgnoreCase));
            if (rule is null)
            {
                stderr.WriteLine($"tonecheck: no rule '{key}'. Run 'tonecheck rules' for the list.");
                return ExitCodes.UsageOrInput;
            }
            stdout.WriteLine($"{rule.Id} {rule.Name}: {rule.Descriptor.Title} ({ReportedDiagnostic.SeverityName(rule.Descriptor.DefaultSeverity)})");
            stdout.WriteLine();
            stdout.WriteLine(rule.Advice);
            var bad = rule.Examples.First(e => e.ShouldFlag);
            var good = rule.Examples.First(e => !e.ShouldFlag);
            stdout.WriteLine();
            stdout.WriteLine("Reported:");
            stdout.WriteLine("  " + bad.PlainText.Replace("\n", "\n  "));
            stdout.WriteLine("Better:");
            stdout.WriteLine("  " + good.PlainText.Replace("\n", "\n  "));
            stdout.WriteLine();
            stdout.WriteLine($"More: {rule.Descriptor.HelpLinkUri}");
            return ExitCodes.Clean;
        });
        return command;
    }

    private static Command DocsCommand(TextWriter stdout, TextWriter stderr)
    {
        var dir = new Option<string>("--output", "-o") { Description = "Folder for the pages.", DefaultValueFactory = _ => Path.Combine("docs", "rules") };
        var readme = new Option<string?>("--readme") { Description = "Also rewrite the rules table of this README (between its rules:start and rules:end markers)." };
        var command = new Command("docs", "Write docs/rules/TC00x.md (and the README rules table) from the rule descriptors.") { dir, readme };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            Directory.CreateDirectory(folder);
            foreach (var rule in RuleCatalog.All)
                File.WriteAllText(Path.Combine(folder, rule.Id + ".md"), RuleDocs.Render(rule));
            stdout.WriteLine($"Wrote {RuleCatalog.All.Length} pages to {folder}.");
            if (parse.GetValue(readme) is { } readmePath)
            {
                File.WriteAllText(readmePath, RuleDocs.ReplaceTable(File.ReadAllText(readmePath)));
                stdout.WriteLine($"Updated the rules table in {readmePath}.");
            }
            return ExitCodes.Clean;
        });
        return command;
    }

    private static Command LspCommand(TextWriter stderr)
    {
        var noModel = new Option<bool>("--no-model") { Description = "Rules only: do not load the sentence classifier." };
        var modelDir = new Option<string?>("--model-dir") { Description = "Folder holding tonecheck-sentences.zip (default: the models/ folder shipped with ToneCheck)." };
        var command = new Command("lsp", "Run the language server for editors (LSP over standard input and output).") { noModel, modelDir };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!ModelLoader.TryLoad(parse.GetValue(noModel), parse.GetValue(modelDir), stderr, out var model)) return ExitCodes.UsageOrInput;
            var input = Console.OpenStandardInput();
            var output = Console.OpenStandardOutput();
            // Standard output now carries the protocol alone: anything written to the console goes to standard error.
            Console.SetOut(stderr);
            return await LanguageServer.RunAsync(input, output, new LanguageServerOptions { Model = model, Version = Version }, stderr, cancellationToken);
        });
        return command;
    }
}
