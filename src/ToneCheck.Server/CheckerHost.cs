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

    /// <summary>Loads the model as <paramref name="options"/> say; a missing or unreadable one throws <see cref="ModelException"/>.</summary>
    public static CheckerHost Load(ServerOptions options)
    {
        if (options.NoModel) return new CheckerHost(new ToneChecker(), "off");
        var folder = options.ModelDir ?? SentenceModel.FindModelsFolder()
            ?? throw new ModelException($"The sentence model ({SentenceModel.ModelFile}) was not found beside the program or in a models/ folder above it; pass --model-dir, or --no-model to check with the rules alone.");
        var model = SentenceModel.Load(folder).Warm();
        return new CheckerHost(new ToneChecker(model: model), Path.GetFullPath(folder));
    }
}
