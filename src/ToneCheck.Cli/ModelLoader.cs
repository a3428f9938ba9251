using ToneCheck.Ml;

namespace ToneCheck.Cli;

/// <summary>Loads the sentence classifier for a command, or explains clearly why it cannot.</summary>
internal static class ModelLoader
{
    public static bool TryLoad(bool disabled, string? folder, TextWriter stderr, out SentenceModel? model)
    {
        model = null;
        if (disabled) return true;
        folder ??= SentenceModel.FindModelsFolder();
        if (folder is null)
        {
            stderr.WriteLine($"tonecheck: the sentence model ({SentenceModel.ModelFile}) was not found beside the program or in a models/ folder above it; pass --model-dir, or --no-model to check with the rules alone.");
            return false;
        }
        try
        {
            model = SentenceModel.Load(folder);
            return true;
        }
        catch (ModelException e)
        {
            stderr.WriteLine($"tonecheck: {e.Message}");
            return false;
        }
    }
}
