using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace ToneCheck.Training;

/// <summary>The candidate pipelines: the same text features, two multiclass trainers.</summary>
public static class Trainers
{
    public static readonly string[] Names = ["SdcaMaximumEntropy", "LightGbm"];

    public static IEstimator<ITransformer> Pipeline(MLContext ml, string trainer, int seed, int iterations = 100, int leaves = 16)
    {
        // Word uni- and bigrams plus character 2-4-grams; stop words are kept, because "not", "you" and "we"
        // carry the difference between blame and self-blame.
        var features = ml.Transforms.Conversion.MapValueToKey("Label", "Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.Transforms.Text.FeaturizeText("TextFeatures", new TextFeaturizingEstimator.Options
            {
                // Case is kept: capitals are how shouting looks.
                CaseMode = TextNormalizingEstimator.CaseMode.None,
                KeepDiacritics = false,
                KeepPunctuations = true,
                KeepNumbers = false,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = true },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, "Text"))
            .Append(ml.Transforms.NormalizeMinMax("RuleFeaturesNorm", "RuleFeatures"))
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures", "RuleFeaturesNorm"))
            .AppendCacheCheckpoint(ml);

        IEstimator<ITransformer> learner = trainer switch
        {
            "SdcaMaximumEntropy" => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Label",
                FeatureColumnName = "Features",
                L2Regularization = 1e-4f,
                MaximumNumberOfIterations = 60,
                NumberOfThreads = 1, // one thread keeps SDCA deterministic for a fixed seed
            }),
            // Boosted trees are slow on ~100k sparse n-grams: keep the n-grams seen in at least 8 sentences.
            "LightGbm" => ml.Transforms.FeatureSelection.SelectFeaturesBasedOnCount("Features", count: 8)
                .Append(ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                LabelColumnName = "Label",
                FeatureColumnName = "Features",
                NumberOfIterations = iterations,
                LearningRate = 0.2,
                NumberOfLeaves = leaves,
                MinimumExampleCountPerLeaf = 5,
                Seed = seed,
                NumberOfThreads = 1,
                Verbose = false,
                Silent = true,
            })),
            _ => throw new ArgumentException($"Unknown trainer '{trainer}'."),
        };
        return features.Append(learner).Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
    }
}
