using ToneCheck.Config;
using ToneCheck.Engine;
using ToneCheck.Ml;

namespace ToneCheck.Server;

/// <summary>
/// The one checker every request shares: the rules, and the sentence model loaded once. Thread-safe (the model
/// pools its prediction engines), so requests need no lock.
/// </summary>
public sealed class CheckerHost(ToneChecker checker, string model)
{
    public ToneChecker Checker { get; } = checker;

    /// <summary>Where the model was loaded from, or "off".</summary>
    public string Model { get; } = model;

    /// <summary>
    /// Makes the shared checker from the service's tonecheck.yml (or <see cref="ServerOptions.ConfigFile"/>) and loads
    /// the model when the configuration wants it; a missing or unreadable model throws <see cref="ModelException"/>, a
    /// bad config file <see cref="ConfigException"/>.
    /// </summary>
    public static CheckerHost Load(ServerOptions options)
    {
        string? loadedFrom = null;
        SentenceModel LoadModel()
        {
            var folder = options.ModelDir ?? SentenceModel.FindModelsFolder()
                ?? throw new ModelException($"The sentence model ({SentenceModel.ModelFile}) was not found beside the program or in a models/ folder above it; pass --model-dir, or --no-model to check with the rules alone.");
            loadedFrom = Path.GetFullPath(folder);
            return SentenceModel.Load(folder).Warm();
        }
        var checkers = new ConfiguredCheckers(new ConfigResolver(options.ConfigFile), LoadModel, new Overrides(Model: options.NoModel ? false : null));
        var checker = checkers.For(Directory.GetCurrentDirectory());
        return new CheckerHost(checker, loadedFrom ?? "off");
    }
}
