using System.CommandLine;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.CodeAnalysis;
using ToneCheck.Config;
using ToneCheck.Engine;
using ToneCheck.Engine.Evaluation;
using ToneCheck.Engine.Reporting;
using ToneCheck.Lsp;
using ToneCheck.Ml;
using ToneCheck.Rules;
using ToneCheck.Server;

namespace ToneCheck.Cli;

/// <summary>The command tree. Every command writes to the writers it is given, so tests run it in process too.</summary>
public static class App
{
    public const string Version = "0.1.0";

    public static Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, stdin, stdout, stderr,
            () => stdin == Console.In ? Console.OpenStandardInput() : new MemoryStream(Encoding.UTF8.GetBytes(stdin.ReadToEnd())),
            () => stdout == Console.Out ? Console.OpenStandardOutput() : new TextWriterStream(stdout));

    /// <summary>With byte streams for standard input and output: <c>mail</c> passes a message through byte for byte.</summary>
    public static async Task<int> RunAsync(string[] args, Stream stdin, Stream stdout, TextWriter stderr)
    {
        using var reader = new StreamReader(stdin, leaveOpen: true);
        await using var writer = new StreamWriter(stdout, new UTF8Encoding(false), leaveOpen: true) { AutoFlush = true, NewLine = "\n" };
        return await RunAsync(args, reader, writer, stderr, () => stdin, () => stdout);
    }

    private static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr,
        Func<Stream> openStdin, Func<Stream> openStdout)
    {
        var root = new RootCommand("ToneCheck: checks a letter that ends a customer relationship before you send it.");
        root.Subcommands.Add(CheckCommand(stdin, stdout, stderr));
        root.Subcommands.Add(MailCommand.Create(openStdin, openStdout, stderr));
        root.Subcommands.Add(EvalCommand(stdout, stderr));
        root.Subcommands.Add(RulesCommand(stdout, stderr));
        root.Subcommands.Add(ExplainCommand(stdout, stderr));
        root.Subcommands.Add(DocsCommand(stdout, stderr));
        root.Subcommands.Add(FixCommand.Create(stdin, stdout, stderr));
        root.Subcommands.Add(TestRulesCommand(stdout, stderr));
        root.Subcommands.Add(ServeCommand(stdout, stderr));
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
        var paths = new Argument<string[]>("paths") { Description = "Letter files, emails (.eml), folders (*.txt, *.md and *.eml, recursively) or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "text | msbuild | json | sarif", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "msbuild", "json", "sarif");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var failOn = new Option<string>("--fail-on") { Description = "error | warning | info | none: the lowest severity that makes the exit code 1.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "none");
        var checkerOptions = new CheckerOptions();
        var baseline = new Option<string?>("--baseline") { Description = "Suppress the findings listed in this file (tonecheck.suppress.yml, or a SARIF report) instead of the nearest tonecheck.suppress.yml." };
        var updateBaseline = new Option<bool>("--update-baseline") { Description = "Record every finding of this run as judged, in --baseline or ./tonecheck.suppress.yml." };
        var command = new Command("check", "Check letters and report diagnostics.") { paths, format, output, failOn, baseline, updateBaseline };
        checkerOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!checkerOptions.TryCreate(parse, stderr, out ConfiguredCheckers checkers)) return ExitCodes.UsageOrInput;
            var request = new CheckRequest(parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(failOn)!,
                parse.GetValue(baseline), parse.GetValue(updateBaseline));
            return CheckRunner.Run(checkers, request, stdin, stdout, stderr);
        });
        return command;
    }

    /// <param name="rules">The rules a level may be set for: the catalogue's and those of any loaded pack.</param>
    internal static bool TryParseSeverities(string[] values, IReadOnlyList<ToneRule> rules, out Dictionary<string, ReportDiagnostic> overrides, out string? error)
    {
        overrides = new Dictionary<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
        error = null;
        foreach (var value in values)
        {
            var parts = value.Split('=', 2);
            var rule = parts.Length == 2 ? rules.FirstOrDefault(r => r.Id.Equals(parts[0].Trim(), StringComparison.OrdinalIgnoreCase)) : null;
            if (rule is null)
            {
                error = $"--severity '{value}': expected RULE=LEVEL with a rule from TC001 to TC011 or from a loaded --pack.";
                return false;
            }
            if (!SeverityLevels.TryParse(parts[1], out var level))
            {
                error = $"--severity '{value}': the level must be {SeverityLevels.Expected}.";
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

    private static Option<string[]> PackOption(string description) => new("--pack") { Description = description };

    private static Command RulesCommand(TextWriter stdout, TextWriter stderr)
    {
        var packs = PackOption("Also list the rules of this rule pack. Repeatable.");
        var command = new Command("rules", "List the rules.") { packs };
        command.SetAction(parse =>
        {
            if (!PackCommands.TryLoad(parse.GetValue(packs) ?? [], stderr, out var packRules)) return ExitCodes.UsageOrInput;
            stdout.WriteLine($"{"ID",-6} {"name",-20} {"kind",-9} {"severity",-8} title");
            foreach (var r in RuleCatalog.All.Concat(packRules))
                stdout.WriteLine($"{r.Id,-6} {r.Name,-20} {(r.Kind == RuleKind.Line ? "line" : "document"),-9} {ReportedDiagnostic.SeverityName(r.Descriptor.DefaultSeverity),-8} {r.Descriptor.Title}");
            return ExitCodes.Clean;
        });
        return command;
    }

    private static Command ExplainCommand(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("rule") { Description = "A rule ID (TC002) or name (personal-attack)." };
        var packs = PackOption("Also look among the rules of this rule pack. Repeatable.");
        var language = new Option<string>("--language") { Description = "The language to explain in: " + string.Join(" | ", RuleText.Languages) + ".", DefaultValueFactory = _ => RuleText.English };
        language.AcceptOnlyFromAmong([.. RuleText.Languages]);
        var command = new Command("explain", "Print a rule's advice, an example it reports and one it does not.") { id, packs, language };
        command.SetAction(parse =>
        {
            var key = parse.GetValue(id)!;
            var lang = parse.GetValue(language)!;
            if (!PackCommands.TryLoad(parse.GetValue(packs) ?? [], stderr, out var packRules)) return ExitCodes.UsageOrInput;
            var rules = RuleCatalog.All.Concat(packRules).ToList();
            var rule = rules.FirstOrDefault(r => r.Id.Equals(key, StringComparison.OrdinalIgnoreCase))
                ?? rules.FirstOrDefault(r => r.Name.Equals(key, StringComparison.OrdinalIgnoreCase));
            if (rule is null)
            {
                stderr.WriteLine($"tonecheck: no rule '{key}'. Run 'tonecheck rules' for the list.");
                return ExitCodes.UsageOrInput;
            }
            stdout.WriteLine($"{rule.Id} {rule.Name}: {rule.Text("title", lang)} ({ReportedDiagnostic.SeverityName(rule.Descriptor.DefaultSeverity)})");
            stdout.WriteLine();
            stdout.WriteLine(rule.Text("advice", lang));
            // A translation carries its own pair of examples; English (and a pack rule) takes the rule's first ones.
            var translated = RuleText.Translations(lang, rule.Id);
            var bad = translated.GetValueOrDefault("example.reported") ?? rule.Examples.First(e => e.ShouldFlag).PlainText;
            var good = translated.GetValueOrDefault("example.better") ?? rule.Examples.First(e => !e.ShouldFlag).PlainText;
            stdout.WriteLine();
            stdout.WriteLine(RuleText.Label(lang, "reported") + ":");
            stdout.WriteLine("  " + bad.Replace("\n", "\n  "));
            stdout.WriteLine(RuleText.Label(lang, "better") + ":");
            stdout.WriteLine("  " + good.Replace("\n", "\n  "));
            // A pack rule may have no page of its own.
            if (!string.IsNullOrEmpty(rule.Descriptor.HelpLinkUri))
            {
                stdout.WriteLine();
                stdout.WriteLine($"{RuleText.Label(lang, "more")}: {rule.Descriptor.HelpLinkUri}");
            }
            return ExitCodes.Clean;
        });
        return command;
    }

    private static Command TestRulesCommand(TextWriter stdout, TextWriter stderr)
    {
        var packs = new Argument<string[]>("packs") { Description = "Rule pack folders.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("test-rules", "Run every example of a rule pack's rules: flag examples must be reported (on the marked span), pass examples must not.") { packs };
        command.SetAction(parse => PackCommands.TestRules(parse.GetValue(packs)!, stdout, stderr));
        return command;
    }

    private static Command DocsCommand(TextWriter stdout, TextWriter stderr)
    {
        var dir = new Option<string>("--output", "-o") { Description = "Folder for the pages.", DefaultValueFactory = _ => Path.Combine("docs", "rules") };
        var readme = new Option<string?>("--readme") { Description = "Also rewrite the rules table of this README (between its rules:start and rules:end markers)." };
        var command = new Command("docs", "Write docs/rules/TC00x.md, docs/tonecheck.schema.json (and the README rules table) from the rule descriptors.") { dir, readme };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            Directory.CreateDirectory(folder);
            foreach (var rule in RuleCatalog.All)
                File.WriteAllText(Path.Combine(folder, rule.Id + ".md"), RuleDocs.Render(rule));
            stdout.WriteLine($"Wrote {RuleCatalog.All.Length} pages to {folder}.");
            var schemaPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(folder)) ?? ".", ConfigSchema.FileName);
            File.WriteAllText(schemaPath, ConfigSchema.Render());
            stdout.WriteLine($"Wrote the tonecheck.yml schema to {schemaPath}.");
            if (parse.GetValue(readme) is { } readmePath)
            {
                File.WriteAllText(readmePath, RuleDocs.ReplaceTable(File.ReadAllText(readmePath)));
                stdout.WriteLine($"Updated the rules table in {readmePath}.");
            }
            return ExitCodes.Clean;
        });
        return command;
    }

    private static Command ServeCommand(TextWriter stdout, TextWriter stderr)
    {
        var urls = new Option<string?>("--urls") { Description = $"Where to listen, e.g. http://127.0.0.1:8080 (default {ServerOptions.DefaultUrl}: this machine only); several separated by ';'." };
        var noModel = new Option<bool>("--no-model") { Description = "Rules only: do not load the sentence classifier." };
        var modelDir = new Option<string?>("--model-dir") { Description = "Folder holding tonecheck-sentences.zip (default: the models/ folder shipped with ToneCheck)." };
        var maxBody = new Option<int?>("--max-body-bytes") { Description = "Largest request body accepted (default 262144); larger ones get 413." };
        var timeout = new Option<double?>("--timeout-seconds") { Description = "A check running longer is stopped and answered with 503 (default 10)." };
        var concurrent = new Option<int?>("--max-concurrent-checks") { Description = "Checks running at once (default twice the processor count)." };
        var queue = new Option<int?>("--queue-limit") { Description = "Checks waiting for a slot before requests get 429 (default 256)." };
        var configFile = new Option<string?>("--config") { Description = "Use this config file instead of the tonecheck.yml found from the working folder upwards." };
        var command = new Command("serve", "Run the HTTP service (POST /v1/check) and its web page.") { urls, noModel, modelDir, maxBody, timeout, concurrent, queue, configFile };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(maxBody) is <= 0 || parse.GetValue(timeout) is <= 0 || parse.GetValue(concurrent) is <= 0 || parse.GetValue(queue) is < 0)
            {
                stderr.WriteLine("tonecheck: --max-body-bytes, --timeout-seconds and --max-concurrent-checks must be above 0, and --queue-limit 0 or more.");
                return ExitCodes.UsageOrInput;
            }
            var settings = new Dictionary<string, string?>
            {
                [$"{ServerOptions.Section}:{nameof(ServerOptions.NoModel)}"] = parse.GetValue(noModel) ? "true" : null,
                [$"{ServerOptions.Section}:{nameof(ServerOptions.ModelDir)}"] = parse.GetValue(modelDir),
                [$"{ServerOptions.Section}:{nameof(ServerOptions.ConfigFile)}"] = parse.GetValue(configFile),
                [$"{ServerOptions.Section}:{nameof(ServerOptions.MaxBodyBytes)}"] = Invariant(parse.GetValue(maxBody)),
                [$"{ServerOptions.Section}:{nameof(ServerOptions.TimeoutSeconds)}"] = Invariant(parse.GetValue(timeout)),
                [$"{ServerOptions.Section}:{nameof(ServerOptions.MaxConcurrentChecks)}"] = Invariant(parse.GetValue(concurrent)),
                [$"{ServerOptions.Section}:{nameof(ServerOptions.QueueLimit)}"] = Invariant(parse.GetValue(queue)),
                ["urls"] = parse.GetValue(urls),
            };
            foreach (var (key, value) in settings.Where(kv => kv.Value is null).ToList()) settings.Remove(key);
            try
            {
                await using var app = ToneCheckServer.Build([], settings);
                await app.StartAsync(cancellationToken);
                stdout.WriteLine($"ToneCheck is listening on {string.Join(", ", app.Urls)}: open it in a browser, or POST a letter to /v1/check. Ctrl+C stops it.");
                await app.WaitForShutdownAsync(cancellationToken);
                return ExitCodes.Clean;
            }
            catch (Exception e) when (e is ModelException or ConfigException or ToneCheck.Packs.PackLoadException)
            {
                stderr.WriteLine($"tonecheck: {e.Message}");
                return ExitCodes.UsageOrInput;
            }
            catch (IOException e)
            {
                stderr.WriteLine($"tonecheck: cannot listen: {e.Message}");
                return ExitCodes.UsageOrInput;
            }
        });
        return command;
    }

    private static string? Invariant(double? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);
    private static Command LspCommand(TextWriter stderr)
    {
        var checkerOptions = new CheckerOptions();
        var command = new Command("lsp", "Run the language server for editors (LSP over standard input and output); each document follows its tonecheck.yml.");
        checkerOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!checkerOptions.TryCreate(parse, stderr, out ConfiguredCheckers checkers)) return ExitCodes.UsageOrInput;
            // The model and the working folder's config load now, not on the writer's first keystroke.
            try { checkers.For(Directory.GetCurrentDirectory()); }
            catch (ModelException e)
            {
                stderr.WriteLine($"tonecheck: {e.Message}");
                return ExitCodes.UsageOrInput;
            }
            catch (Exception e) when (e is ConfigException or ToneCheck.Packs.PackLoadException)
            {
                stderr.WriteLine($"tonecheck: {e.Message} (documents under that file are checked with the defaults)");
            }
            var input = Console.OpenStandardInput();
            var output = Console.OpenStandardOutput();
            // Standard output now carries the protocol alone: anything written to the console goes to standard error.
            Console.SetOut(stderr);
            return await ToneCheck.Lsp.LanguageServer.RunAsync(input, output, new ToneCheck.Lsp.LanguageServerOptions { Checkers = checkers, Version = Version }, stderr, cancellationToken);
        });
        return command;
    }
}
