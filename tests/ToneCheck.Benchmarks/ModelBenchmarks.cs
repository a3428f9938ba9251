using BenchmarkDotNet.Attributes;
using ToneCheck.Engine;
using ToneCheck.Ml;

namespace ToneCheck.Benchmarks;

/// <summary>The classifier's costs: loading models/ from disk, one new sentence warm, one it answered before, and a typical letter through the hybrid.</summary>
[MemoryDiagnoser]
public class ModelBenchmarks
{
    private string _models = "";
    private SentenceModel _model = null!;
    private RuleFeatures _features = null!;
    private float[] _sentenceFeatures = [];
    private ToneChecker _hybrid = null!;
    private string _typical = "";
    private const string Sentence = "Because of your constant changes to the brief, the work has grown far past the retainer.";

    [GlobalSetup]
    public void Setup()
    {
        _models = Path.Combine(Repo.Root, "models");
        _model = SentenceModel.Load(_models);
        _features = new RuleFeatures(ToneCheck.Lexicons.Lexicon.English);
        _sentenceFeatures = _features.ComputeForText(Sentence);
        _hybrid = new ToneChecker(model: _model);
        var letters = Directory.GetFiles(Path.Combine(Repo.Root, "corpus", "letters", "en"), "*.txt").Select(File.ReadAllText).OrderBy(t => t.Length).ToList();
        _typical = letters[letters.Count / 2];
        _model.Predict(Sentence, _sentenceFeatures);
        _hybrid.Check(_typical);
    }

    [Benchmark] public int LoadModel() => SentenceModel.Load(_models).Warm().Card.Classes.Count;
    private int _asked;

    // A number after the sentence makes every call a sentence the model has not answered before, so this is the
    // model's own cost; RecentSentence is the same sentence again, answered from memory.
    [Benchmark] public float PredictSentence() => _model.Predict(Sentence + " " + ++_asked, _sentenceFeatures)["blame"];
    [Benchmark] public float RecentSentence() => _model.Predict(Sentence, _sentenceFeatures)["blame"];
    [Benchmark] public int HybridTypicalEmail() => _hybrid.Check(_typical).Diagnostics.Length;
}
