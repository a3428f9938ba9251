using Microsoft.ML;
using ToneCheck.Ml;
using ToneCheck.Training;

namespace ToneCheck.Ml.Tests;

/// <summary>Training is reproducible: the same corpus and seed give the same folds, the same model and the same scores.</summary>
public class TrainingTests
{
    private static List<SentenceRow> SmallCorpus()
    {
        var all = Corpus.Load(Path.Combine(ShippedModelTests.RepoRoot, "corpus", "sentences", "en"));
        // A stratified slice keeps the test quick: 40 sentences per class.
        return all.GroupBy(r => r.Label).SelectMany(g => g.Take(40)).ToList();
    }

    [Fact]
    public void Folds_are_stratified_and_fixed_by_the_seed()
    {
        var rows = SmallCorpus();
        Assert.Equal(Corpus.Folds(rows, 5, 1), Corpus.Folds(rows, 5, 1));
        Assert.NotEqual(Corpus.Folds(rows, 5, 1), Corpus.Folds(rows, 5, 2));
        foreach (var group in rows.Select((r, i) => (r.Label, Fold: Corpus.Folds(rows, 5, 1)[i])).GroupBy(x => x.Label))
            Assert.All(group.GroupBy(x => x.Fold), f => Assert.Equal(8, f.Count()));
    }

    [Fact]
    public void Same_corpus_and_seed_give_the_same_predictions()
    {
        var rows = SmallCorpus();
        float[] Train()
        {
            var ml = new MLContext(seed: 1);
            var model = Trainers.Pipeline(ml, "SdcaMaximumEntropy", 1).Fit(ml.Data.LoadFromEnumerable(rows));
            var output = ml.Data.CreateEnumerable<SentenceScore>(model.Transform(ml.Data.LoadFromEnumerable(rows.Take(20))), reuseRowObject: false);
            return output.SelectMany(o => o.Score).ToArray();
        }
        Assert.Equal(Train(), Train());
    }

    [Fact]
    public void Corpus_loader_strips_list_markers_and_refuses_bad_labels()
    {
        Assert.Equal("the invoice was paid late", Corpus.StripListMarker("- the invoice was paid late"));
        Assert.Equal("the brief changed", Corpus.StripListMarker("(ii) the brief changed"));
        var dir = Directory.CreateTempSubdirectory("tonecheck-badcorpus").FullName;
        File.WriteAllText(Path.Combine(dir, "bad.tsv"), "label\ttext\nrudeness\tYou are rude.\n");
        Assert.Throws<FormatException>(() => Corpus.Load(dir));
    }

    [Fact]
    public void A_seed_language_corpus_gets_the_rule_features_of_its_own_lexicon()
    {
        var folder = Path.Combine(ShippedModelTests.RepoRoot, "corpus", "sentences", "cy");
        var features = new RuleFeatures(ToneCheck.Lexicons.Lexicon.For("cy"));
        int sections = features.Names.Count - 8;
        var blame = Corpus.Load(folder, features).Where(r => r.Label == "blame").ToList();
        Assert.NotEmpty(blame);
        // The Welsh lexicon's vocabulary is found in most Welsh blame sentences.
        Assert.True(blame.Count(r => r.RuleFeatures.Take(sections).Any(v => v > 0)) > blame.Count / 2);
        Assert.All(Corpus.Load(folder, null), r => Assert.All(r.RuleFeatures, v => Assert.Equal(0f, v)));
    }
}
