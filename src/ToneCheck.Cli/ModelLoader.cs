using ToneCheck.Ml;

namespace ToneCheck.Cli;

/// <summary>Loads the sentence classifier for a command, or explains clearly why it cannot.</summary>
internal static class ModelLoader
{
    public static bool TryLoad(bool disabled, string? folder, TextWriter stderr, out SentenceModel? model)
    {
        model = null;
        if (disabled) return true;
        try
        {
            model = Load(folder);
            return true;
        }
        catch (ModelException e)
        {
            stderr.WriteLine($"tonecheck: {e.Message}");
            return false;
        }
    }

    /// <summary>Loads the model from <paramref name="folder"/> or the shipped models/ folder.</summary>
    /// <exception cref="ModelException">It is missing or unreadable; the message says what to do.</exception>
    public static SentenceModel Load(string? folder)
    {
        folder ??= SentenceModel.FindModelsFolder()
            ?? throw new ModelException($"the sentence model ({SentenceModel.ModelFile}) was not found beside the program or in a models/ folder above it; pass --model-dir, or --no-model to check with the rules alone.");
        return SentenceModel.Load(folder);
    }
}
