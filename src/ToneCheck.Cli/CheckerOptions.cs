using System.CommandLine;
using ToneCheck.Config;
using ToneCheck.Engine;
using ToneCheck.Ml;
using ToneCheck.Packs;
using ToneCheck.Rules;

namespace ToneCheck.Cli;

/// <summary>
/// The options that configure checking (severities, model, language, config file), shared by every command that
/// checks letters. They sit on top of the tonecheck.yml files found per letter.
/// </summary>
internal sealed class CheckerOptions
{
    private readonly Option<string[]> _severity = new("--severity") { Description = "Override a rule's severity, e.g. --severity TC009=none (error|warning|info|none). Repeatable.", AllowMultipleArgumentsPerToken = true };
    private readonly Option<bool> _noModel = new("--no-model") { Description = "Rules only: do not load the sentence classifier." };
    private readonly Option<string?> _modelDir = new("--model-dir") { Description = "Folder holding tonecheck-sentences.zip (default: the models/ folder shipped with ToneCheck)." };
    private readonly Option<string?> _language = new("--language") { Description = "auto | en | cy | ms | vi | tl: the letters' language (default: tonecheck.yml's, else detected per letter)." };
    private readonly Option<string?> _messages = new("--messages") { Description = "letter | en | cy | ms | vi | tl: the language of messages and advice (default: tonecheck.yml's, else each letter's own)." };
    private readonly Option<string[]> _packs = new("--pack") { Description = "Also run the rules of this rule pack (a folder of YAML rules), besides the packs tonecheck.yml lists. Repeatable." };
    private readonly Option<string?> _config = new("--config") { Description = "Use this config file instead of the tonecheck.yml files found from each letter's folder upwards." };

    public CheckerOptions()
    {
        _language.AcceptOnlyFromAmong("auto", "en", "cy", "ms", "vi", "tl");
        _messages.AcceptOnlyFromAmong([.. RuleText.MessageChoices]);
    }

    public void AddTo(Command command)
    {
        command.Options.Add(_severity);
        command.Options.Add(_noModel);
        command.Options.Add(_modelDir);
        command.Options.Add(_language);
        command.Options.Add(_messages);
        command.Options.Add(_config);
        command.Options.Add(_packs);
    }

    /// <summary>
    /// The checkers the options and config files describe (the model loads when the first letter needs it), or
    /// false after explaining on <paramref name="stderr"/> why there are none.
    /// </summary>
    public bool TryCreate(ParseResult parse, TextWriter stderr, out ConfiguredCheckers checkers)
    {
        checkers = null!;
        if (!PackCommands.TryLoad(parse.GetValue(_packs) ?? [], stderr, out var packRules)) return false;
        if (!App.TryParseSeverities(parse.GetValue(_severity) ?? [], RuleCatalog.All.Concat(packRules).ToList(), out var overrides, out var error))
        {
            stderr.WriteLine($"tonecheck: {error}");
            return false;
        }
        ConfigResolver resolver;
        try { resolver = new ConfigResolver(parse.GetValue(_config)); }
        catch (ConfigException e)
        {
            stderr.WriteLine($"tonecheck: {e.Message}");
            return false;
        }
        var folder = parse.GetValue(_modelDir);
        checkers = new ConfiguredCheckers(resolver, () => ModelLoader.Load(folder),
            new Overrides(overrides, parse.GetValue(_language), parse.GetValue(_noModel) ? false : null, packRules, parse.GetValue(_messages)));
        return true;
    }

    /// <summary>One checker, for text that has no file of its own (a message on standard input): the current folder's settings.</summary>
    public bool TryCreate(ParseResult parse, TextWriter stderr, out ToneChecker checker)
    {
        checker = null!;
        if (!TryCreate(parse, stderr, out ConfiguredCheckers checkers)) return false;
        try
        {
            checker = checkers.For(Directory.GetCurrentDirectory());
            return true;
        }
        catch (Exception e) when (e is ConfigException or ModelException)
        {
            stderr.WriteLine($"tonecheck: {e.Message}");
            return false;
        }
        catch (PackLoadException e)
        {
            PackCommands.WriteErrors(e, stderr);
            return false;
        }
    }
}
