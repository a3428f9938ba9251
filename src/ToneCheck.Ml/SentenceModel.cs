using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ToneCheck.Ml;

/// <summary>A corpus sentence: the input schema of the model (the label is ignored at prediction time).</summary>
public sealed class SentenceRow
{
    public string Label { get; set; } = "";
    public string Text { get; set; } = "";

    /// <summary>The <see cref="ToneCheck.Ml.RuleFeatures"/> of the sentence.</summary>
    [Microsoft.ML.Data.VectorType(ToneCheck.Ml.RuleFeatures.Size)]
    public float[] RuleFeatures { get; set; } = new float[ToneCheck.Ml.RuleFeatures.Size];
}

/// <summary>The model's output: the most likely class and one probability per class.</summary>
public sealed class SentenceScore
{
    [ColumnName("PredictedLabel")] public string PredictedLabel { get; set; } = "";
    public float[] Score { get; set; } = [];
}

/// <summary>A model file that is missing or cannot be read; front ends report it and exit 2.</summary>
public sealed class ModelException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>What the training run decided, stored beside the model: class order, per-class thresholds, trainer.</summary>
public sealed record ModelCard(string Trainer, IReadOnlyList<string> Classes, IReadOnlyDictionary<string, double> Thresholds,
    int Seed, int Sentences, double MacroF1)
{
    /// <summary>The rule features the model was trained on, in order; a lexicon change that alters them needs a retrain.</summary>
    public IReadOnlyList<string> Features { get; init; } = [];

    /// <summary>The rules on which the hybrid lets the model add or withdraw findings (chosen on held-out letters).</summary>
    public IReadOnlyList<string> HybridRules { get; init; } = [];

    /// <summary>The language of the sentences the model was trained on; not written for English, so English cards
    /// read as before.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Language { get; init; }

    /// <summary>The language the model reads: <see cref="Language"/>, English when the card names none.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string ReadsLanguage => Language ?? "en";

    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}

/// <summary>
/// The trained sentence classifier, loaded once and shared. ML.NET's PredictionEngine is not thread-safe, so
/// engines are pooled: each prediction borrows one and gives it back.
/// </summary>
public sealed class SentenceModel
{
    public const string ModelFile = "tonecheck-sentences.zip";
    public const string CardFile = "tonecheck-sentences.json";

    private readonly MLContext _ml;
    private readonly Lazy<(ITransformer Transformer, DataViewSchema Schema, string[] Classes)> _loaded;
    private readonly ConcurrentBag<PredictionEngine<SentenceRow, SentenceScore>> _pool = new();
    private readonly PredictionCache _recent;

    private SentenceModel(MLContext ml, Lazy<(ITransformer, DataViewSchema, string[])> loaded, ModelCard card, PredictionCache? recent = null)
    {
        _recent = recent ?? new PredictionCache(RecentAnswers);
        _ml = ml;
        _loaded = loaded;
        Card = card;
    }

    public ModelCard Card { get; }

    /// <summary>Loads <c>tonecheck-sentences.zip</c> and its card from <paramref name="folder"/>; no network, read-only.</summary>
    /// <param name="expectedFeatures">The rule features this build computes; the card must list the same, in order.</param>
    public static SentenceModel Load(string folder, IReadOnlyList<string>? expectedFeatures = null)
    {
        var modelPath = Path.Combine(folder, ModelFile);
        var cardPath = Path.Combine(folder, CardFile);
        if (!File.Exists(modelPath)) throw new ModelException($"The ToneCheck model is missing: {modelPath} not found. Rebuild it with 'dotnet run --project src/ToneCheck.Training', or run with --no-model.");
        if (!File.Exists(cardPath)) throw new ModelException($"The ToneCheck model card is missing: {cardPath} not found.");
        try
        {
            var card = JsonSerializer.Deserialize<ModelCard>(File.ReadAllText(cardPath), ModelCard.Json)
                ?? throw new ModelException($"{cardPath} is empty.");
            if (expectedFeatures is not null && !card.Features.SequenceEqual(expectedFeatures))
                throw new ModelException($"The model in {folder} was trained on other rule features than this build computes (the lexicon changed since). Retrain it with 'dotnet run -c Release --project src/ToneCheck.Training', or run with --no-model.");
            var ml = new MLContext(seed: card.Seed);
            CheckArchive(modelPath);
            // The card is read now; the ML.NET pipeline is deserialised on the first prediction, so a run whose
            // rules never ask the model (the hybrid predicts lazily) does not pay its start-up.
            var loaded = new Lazy<(ITransformer, DataViewSchema, string[])>(() => Deserialise(ml, modelPath, folder));
            return new SentenceModel(ml, loaded, card);
        }
        catch (Exception e) when (e is not ModelException)
        {
            throw new ModelException($"The ToneCheck model in {folder} cannot be read ({e.GetType().Name}: {e.Message}). Rebuild it with 'dotnet run --project src/ToneCheck.Training', or run with --no-model.", e);
        }
    }

    // A zip whose central directory cannot be read is corrupt: say so now rather than at the first prediction.
    private static void CheckArchive(string path)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        if (zip.Entries.Count == 0) throw new ModelException($"{path} is an empty archive.");
    }

    private static (ITransformer, DataViewSchema, string[]) Deserialise(MLContext ml, string modelPath, string folder)
    {
        try
        {
            using var stream = File.OpenRead(modelPath);
            var transformer = ml.Model.Load(stream, out var schema);
            var engine = ml.Model.CreatePredictionEngine<SentenceRow, SentenceScore>(transformer, schema);
            var slots = default(VBuffer<ReadOnlyMemory<char>>);
            engine.OutputSchema["Score"].GetSlotNames(ref slots);
            return (transformer, schema, slots.DenseValues().Select(v => v.ToString()).ToArray());
        }
        catch (Exception e)
        {
            throw new ModelException($"The ToneCheck model in {folder} cannot be read ({e.GetType().Name}: {e.Message}). Rebuild it with 'dotnet run -c Release --project src/ToneCheck.Training', or run with --no-model.", e);
        }
    }

    /// <summary>Deserialises the ML.NET pipeline now (it is otherwise done on the first prediction).</summary>
    public SentenceModel Warm()
    {
        _ = _loaded.Value;
        return this;
    }

    /// <summary>Finds the <c>models/</c> folder: beside the running program, or up the tree from it (a source checkout).</summary>
    public static string? FindModelsFolder()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null)
            {
                var candidate = Path.Combine(dir.FullName, "models");
                if (File.Exists(Path.Combine(candidate, ModelFile))) return candidate;
                dir = dir.Parent;
            }
        }
        return null;
    }

    /// <summary>The same trained model with another card (used at training time to choose the hybrid's rules); the
    /// model's answers do not depend on the card, so the recent ones are shared.</summary>
    public SentenceModel WithCard(ModelCard card) => new(_ml, _loaded, card, _recent);

    /// <summary>How many recent answers are kept per generation (see <see cref="PredictionCache"/>): a long letter has
    /// about sixty sentences, so this holds dozens of letters (a megabyte or two); more would only keep answers that
    /// will not come again alive through garbage collections.</summary>
    private const int RecentAnswers = 2048;

    /// <summary>Class probabilities for one sentence, by class name.</summary>
    public IReadOnlyDictionary<string, float> Predict(string sentence, float[] ruleFeatures) =>
        _recent.GetOrAdd(sentence, ruleFeatures, () => PredictNow(sentence, ruleFeatures));

    private IReadOnlyDictionary<string, float> PredictNow(string sentence, float[] ruleFeatures)
    {
        var engine = Rent();
        try
        {
            var output = engine.Predict(new SentenceRow { Text = sentence, RuleFeatures = ruleFeatures });
            var classes = _loaded.Value.Classes;
            var result = new Dictionary<string, float>(classes.Length);
            for (int i = 0; i < classes.Length && i < output.Score.Length; i++) result[classes[i]] = output.Score[i];
            return result;
        }
        finally
        {
            Return(engine);
        }
    }

    /// <summary>The calibrated threshold of a class (from held-out folds at training time).</summary>
    public double Threshold(string cls) => Card.Thresholds.TryGetValue(cls, out var t) ? t : 1.01;

    private PredictionEngine<SentenceRow, SentenceScore> Rent() =>
        _pool.TryTake(out var engine) ? engine : _ml.Model.CreatePredictionEngine<SentenceRow, SentenceScore>(_loaded.Value.Transformer, _loaded.Value.Schema);

    private void Return(PredictionEngine<SentenceRow, SentenceScore> engine) => _pool.Add(engine);
}
