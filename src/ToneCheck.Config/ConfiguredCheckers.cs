using Microsoft.CodeAnalysis;
using ToneCheck.Engine;
using ToneCheck.Ml;
using ToneCheck.Packs;
using ToneCheck.Rules;

namespace ToneCheck.Config;

/// <summary>Settings given for one run (command-line flags, a request) that win over every config file.</summary>
/// <param name="PackRules">Rules of packs named for this run (<c>--pack</c>), added to those the config files list.</param>
/// <param name="Messages">"letter" or a language code to write messages in; null keeps the config files' choice.</param>
public sealed record Overrides(IReadOnlyDictionary<string, ReportDiagnostic>? Severities = null, string? Language = null, bool? Model = null,
    IReadOnlyList<ToneRule>? PackRules = null, string? Messages = null);

/// <summary>
/// Gives each letter a checker made from the config files that govern it, with the run's overrides on top, so
/// the CLI, the language server and the service apply a team's configuration the same way. Letters under the
/// same config files share one checker; the sentence model is loaded once, and only if some letter needs it.
/// </summary>
public sealed class ConfiguredCheckers(ConfigResolver configs, Func<SentenceModel?> loadModel, Overrides? overrides = null)
{
    private readonly Overrides _overrides = overrides ?? new Overrides();
    private readonly Lazy<SentenceModel?> _model = new(loadModel);
    private readonly Dictionary<string, ToneChecker> _checkers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ToneRule>> _packs = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public ConfigResolver Configs => configs;

    /// <summary>Every rule of the checkers made so far (built-in and packs), for reports that list the rules that ran.</summary>
    public IReadOnlyList<ToneRule> RulesInUse
    {
        get
        {
            lock (_lock)
                return RuleCatalog.All.Concat(_checkers.Values.SelectMany(c => c.Rules)).DistinctBy(r => r.Id, StringComparer.OrdinalIgnoreCase).ToList();
        }
    }

    // A pack folder listed by several config files is read once.
    private IEnumerable<ToneRule> PackRules(string folder)
    {
        if (!_packs.TryGetValue(folder, out var rules)) _packs[folder] = rules = PackLoader.Load(folder).ToneRules.ToList();
        return rules;
    }

    /// <summary>The checker for a letter file (or for standard input: pass the current folder).</summary>
    /// <exception cref="ConfigException">A config file on the way up is invalid.</exception>
    /// <exception cref="ModelException">The configuration asks for the model and it cannot be loaded.</exception>
    /// <exception cref="PackLoadException">A pack the configuration lists does not load.</exception>
    public ToneChecker For(string letterPath)
    {
        var config = configs.ForLetter(letterPath);
        lock (_lock)
        {
            if (_checkers.TryGetValue(config.Key, out var checker)) return checker;
            var rules = RuleCatalog.All.Concat(_overrides.PackRules ?? []).Concat(config.Packs.SelectMany(PackRules))
                .DistinctBy(r => r.Id, StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var (id, origin) in config.RuleOrigins)
                if (!rules.Any(r => r.Id.Equals(id, StringComparison.OrdinalIgnoreCase)))
                    throw new ConfigException(origin.File, origin.Line, origin.Column, $"no rule '{id}' in the built-in rules or the packs this file lists");
            var severities = new Dictionary<string, ReportDiagnostic>(config.Severities, StringComparer.OrdinalIgnoreCase);
            foreach (var (id, level) in _overrides.Severities ?? new Dictionary<string, ReportDiagnostic>()) severities[id] = level;
            bool useModel = _overrides.Model ?? config.Model ?? true;
            checker = new ToneChecker(rules: rules, options: config.RuleOptions, severities: severities,
                model: useModel ? _model.Value : null, language: _overrides.Language switch { "auto" => null, null => config.Language, var l => l },
                messages: RuleText.MessagesOver(_overrides.Messages, config.Messages));
            return _checkers[config.Key] = checker;
        }
    }
}
