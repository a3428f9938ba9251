using System.Diagnostics;
using Microsoft.ML;
using ToneCheck.Ml;

namespace ToneCheck.Training;

/// <summary>Warm prediction time of one sentence through a PredictionEngine, the way the analyser calls the model.</summary>
public static class Latency
{
    public static double MicrosecondsPerSentence(MLContext ml, ITransformer model, IEnumerable<SentenceRow> sentences, int passes = 5)
    {
        var engine = ml.Model.CreatePredictionEngine<SentenceRow, SentenceScore>(model);
        var inputs = sentences.Take(500).Select(r => new SentenceRow { Text = r.Text, RuleFeatures = r.RuleFeatures }).ToArray();
        // Warm-up passes let tiered compilation reach its optimised code, as it has in a long-running analyser.
        for (int w = 0; w < 3; w++)
            foreach (var s in inputs) engine.Predict(s);
        // The machine may be shared with other work: the fastest pass is the model's own cost.
        double best = double.MaxValue;
        for (int p = 0; p < passes; p++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var s in inputs) engine.Predict(s);
            best = Math.Min(best, watch.Elapsed.TotalMicroseconds / inputs.Length);
        }
        return best;
    }
}
