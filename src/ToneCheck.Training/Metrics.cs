namespace ToneCheck.Training;

/// <summary>Per-class precision, recall and F1 of out-of-fold predictions, and their macro average.</summary>
public sealed record ClassMetrics(string Class, int Support, double Precision, double Recall, double F1);

public sealed record TrainerReport(string Trainer, IReadOnlyList<ClassMetrics> Classes, double MacroF1, double Accuracy, double Seconds)
{
    /// <summary>Warm prediction time of one sentence with the first fold's model (<see cref="Latency"/>).</summary>
    public double MicrosecondsPerSentence { get; init; }

    public static TrainerReport From(string trainer, IReadOnlyList<string> gold, IReadOnlyList<string> predicted, double seconds)
    {
        var classes = gold.Distinct().OrderBy(c => c, StringComparer.Ordinal).Select(c =>
        {
            int tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < gold.Count; i++)
            {
                if (predicted[i] == c && gold[i] == c) tp++;
                else if (predicted[i] == c) fp++;
                else if (gold[i] == c) fn++;
            }
            double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            return new ClassMetrics(c, tp + fn, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }).ToList();
        double accuracy = gold.Where((g, i) => predicted[i] == g).Count() / (double)gold.Count;
        return new TrainerReport(trainer, classes, classes.Average(c => c.F1), accuracy, seconds);
    }
}
