using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace ToneCheck.Training;

/// <summary>The candidate pipelines: the same text features, three multiclass trainers.</summary>
public static class Trainers
{
    public static readonly string[] Names = ["SdcaMaximumEntropy", "LbfgsMaximumEntropy", "LightGbm"];

    public static IEstimator<ITransformer> Pipeline(MLContext ml, string trainer, int seed, int iterations = 100, int leaves = 16)
    {
        // Word uni- and bigrams plus character 1-3-grams; stop words are kept, because "not", "you" and "we"
        // carry the difference between blame and self-blame. TF-IDF weighting lets the rarer, telling n-grams
        // count for more than "the" and "we". Character 1-3-grams score as well as 1-4-grams for less featurisation
        // time, which is most of a prediction's cost. The cross-validated comparisons are in models/README.md.
        var features = ml.Transforms.Conversion.MapValueToKey("Label", "Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.Transforms.Text.FeaturizeText("TextFeatures", new TextFeaturizingEstimator.Options
            {
                // Case is kept: capitals are how shouting looks.
                CaseMode = TextNormalizingEstimator.CaseMode.None,
                KeepDiacritics = false,
                KeepPunctuations = true,
                KeepNumbers = false,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
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
            // A linear model over the same sparse n-grams: one dot product per class at prediction time. Weak L2 and
            // no L1: stronger regularisation scored lower in cross-validation (models/README.md).
            "LbfgsMaximumEntropy" => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Label",
                FeatureColumnName = "Features",
                L1Regularization = 0,
                L2Regularization = 1e-4f,
                MaximumNumberOfIterations = 100,
                NumberOfThreads = 1,
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
