using System.CommandLine;
using ToneCheck.Engine;
using ToneCheck.Ml;

namespace ToneCheck.Cli;

/// <summary>The options that configure the checker (severities, model, language), shared by <c>check</c> and <c>mail</c>.</summary>
internal sealed class CheckerOptions
{
    private readonly Option<string[]> _severity = new("--severity") { Description = "Override a rule's severity, e.g. --severity TC009=none (error|warning|info|none). Repeatable.", AllowMultipleArgumentsPerToken = true };
    private readonly Option<bool> _noModel = new("--no-model") { Description = "Rules only: do not load the sentence classifier." };
    private readonly Option<string?> _modelDir = new("--model-dir") { Description = "Folder holding tonecheck-sentences.zip (default: the models/ folder shipped with ToneCheck)." };
    private readonly Option<string> _language = new("--language") { Description = "auto | en | cy | ms | vi | tl: the letters' language (auto detects it per letter).", DefaultValueFactory = _ => "auto" };

    public CheckerOptions() => _language.AcceptOnlyFromAmong("auto", "en", "cy", "ms", "vi", "tl");

    public void AddTo(Command command)
    {
        command.Options.Add(_severity);
        command.Options.Add(_noModel);
        command.Options.Add(_modelDir);
        command.Options.Add(_language);
    }

    /// <summary>The checker the options describe, or false after explaining on <paramref name="stderr"/> why there is none.</summary>
    public bool TryCreate(ParseResult parse, TextWriter stderr, out ToneChecker checker)
    {
        checker = null!;
        if (!App.TryParseSeverities(parse.GetValue(_severity) ?? [], out var overrides, out var error))
        {
            stderr.WriteLine($"tonecheck: {error}");
            return false;
        }
        if (!ModelLoader.TryLoad(parse.GetValue(_noModel), parse.GetValue(_modelDir), stderr, out var model)) return false;
        var forced = parse.GetValue(_language) is { } l && l != "auto" ? l : null;
        try
        {
            checker = new ToneChecker(severities: overrides, model: model, language: forced);
            return true;
        }
        catch (ModelException e)
        {
            stderr.WriteLine($"tonecheck: {e.Message}");
            return false;
        }
    }
}
