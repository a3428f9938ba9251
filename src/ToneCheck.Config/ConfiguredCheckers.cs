using Microsoft.CodeAnalysis;
using ToneCheck.Engine;
using ToneCheck.Ml;

namespace ToneCheck.Config;

/// <summary>Settings given for one run (command-line flags, a request) that win over every config file.</summary>
public sealed record Overrides(IReadOnlyDictionary<string, ReportDiagnostic>? Severities = null, string? Language = null, bool? Model = null);

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
    private readonly Lock _lock = new();

    public ConfigResolver Configs => configs;

    /// <summary>The checker for a letter file (or for standard input: pass the current folder).</summary>
    /// <exception cref="ConfigException">A config file on the way up is invalid.</exception>
    /// <exception cref="ModelException">The configuration asks for the model and it cannot be loaded.</exception>
    public ToneChecker For(string letterPath)
    {
        var config = configs.ForLetter(letterPath);
        lock (_lock)
        {
            if (_checkers.TryGetValue(config.Key, out var checker)) return checker;
            var severities = new Dictionary<string, ReportDiagnostic>(config.Severities, StringComparer.OrdinalIgnoreCase);
            foreach (var (id, level) in _overrides.Severities ?? new Dictionary<string, ReportDiagnostic>()) severities[id] = level;
            bool useModel = _overrides.Model ?? config.Model ?? true;
            checker = new ToneChecker(options: config.RuleOptions, severities: severities,
                model: useModel ? _model.Value : null, language: _overrides.Language switch { "auto" => null, null => config.Language, var l => l });
            return _checkers[config.Key] = checker;
        }
    }
}
