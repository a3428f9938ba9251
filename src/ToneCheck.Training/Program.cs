using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.ML;
using ToneCheck.Ml;
using ToneCheck.Training;

// Builds the sentence model from corpus/ with a fixed seed:
//   dotnet run -c Release --project src/ToneCheck.Training [-- --corpus corpus/sentences/en --out models --folds 5 --seed 1
//     --latency-budget 50 --letters corpus/letters/en --regression tests/ToneCheck.Rules.Tests/DevSet/en]
// A seed language: --language cy (corpus/sentences/cy, corpus/letters/cy, models/cy, that language's lexicon for the
// rule features, no dev-set gate) with --held-out-from 213 to choose the hybrid's rules on the letters before 213 and
// report the rest; --rule-features none cross-validates the text features alone and writes no model.
// The same corpus and seed give the same folds, the same metrics and the same model.
var options = Args.Parse(args);
var featureSet = new RuleFeatures(ToneCheck.Lexicons.Lexicon.For(options.Language));
var rows = Corpus.Load(options.Corpus, options.RuleFeatures ? featureSet : null);
Console.WriteLine($"{rows.Count} sentences from {options.Corpus}");
var folds = Corpus.Folds(rows, options.Folds, options.Seed);

var reports = new List<TrainerReport>();
var outOfFold = new Dictionary<string, float[][]>();
foreach (var trainer in options.Trainers)
{
    var watch = Stopwatch.StartNew();
    var predicted = new string[rows.Count];
    var scores = new float[rows.Count][];
    double microseconds = 0;
    for (int f = 0; f < options.Folds; f++)
    {
        var ml = new MLContext(seed: options.Seed);
        var train = ml.Data.LoadFromEnumerable(rows.Where((_, i) => folds[i] != f));
        var testIndexes = Enumerable.Range(0, rows.Count).Where(i => folds[i] == f).ToArray();
        var model = Trainers.Pipeline(ml, trainer, options.Seed, options.Iterations, options.Leaves).Fit(train);
        var output = ml.Data.CreateEnumerable<SentenceScore>(model.Transform(ml.Data.LoadFromEnumerable(testIndexes.Select(i => rows[i]))), reuseRowObject: false).ToArray();
        for (int k = 0; k < testIndexes.Length; k++)
        {
            predicted[testIndexes[k]] = output[k].PredictedLabel;
            scores[testIndexes[k]] = output[k].Score;
        }
        Console.WriteLine($"  {trainer} fold {f + 1}/{options.Folds} done ({watch.Elapsed.TotalSeconds:F0} s)");
        if (f == 0)
        {
            watch.Stop();
            microseconds = Latency.MicrosecondsPerSentence(ml, model, testIndexes.Select(i => rows[i]));
            watch.Start();
        }
    }
    var report = TrainerReport.From(trainer, rows.Select(r => r.Label).ToList(), predicted, watch.Elapsed.TotalSeconds) with { MicrosecondsPerSentence = microseconds };
    reports.Add(report);
    outOfFold[trainer] = scores;
    Console.WriteLine($"{trainer}: macro F1 {report.MacroF1:F3}, accuracy {report.Accuracy:F3}, {report.Seconds:F0} s, {report.MicrosecondsPerSentence:F0} us a sentence");
}

// The analyser may ask the model about every sentence of a letter: a trainer over the latency budget is reported
// but kept only when none meets it.
var withinBudget = reports.Where(r => r.MicrosecondsPerSentence <= options.LatencyBudget).ToList();
var best = (withinBudget.Count > 0 ? withinBudget : reports).OrderByDescending(r => r.MacroF1).First();
Console.WriteLine($"Keeping {best.Trainer}.");
if (!options.RuleFeatures)
{
    // The engine always gives the model its rule features: a model trained without them is for comparison only.
    Console.WriteLine("Trained without rule features: cross-validation only, no model written.");
    return 0;
}

// Thresholds from the held-out folds: for each class, the lowest probability at which the model's own
// predictions of that class reach the precision the hybrid needs to add findings the rules did not make.
var classes = SentenceClasses.All.OrderBy(c => c, StringComparer.Ordinal).ToList();
var thresholds = new Dictionary<string, double>();
foreach (var cls in classes.Where(c => c != SentenceClasses.Neutral))
{
    int index = classes.IndexOf(cls);
    thresholds[cls] = Calibrate(rows, outOfFold[best.Trainer], cls, index, options.TargetPrecision, options.NeutralWeight);
}

// The shipped model is trained on the whole corpus.
var finalMl = new MLContext(seed: options.Seed);
var finalModel = Trainers.Pipeline(finalMl, best.Trainer, options.Seed, options.Iterations, options.Leaves).Fit(finalMl.Data.LoadFromEnumerable(rows));
Directory.CreateDirectory(options.Out);
var modelPath = Path.Combine(options.Out, SentenceModel.ModelFile);
using (var stream = File.Create(modelPath))
    finalMl.Model.Save(finalModel, finalMl.Data.LoadFromEnumerable(rows.Take(1)).Schema, stream);
var card = new ModelCard(best.Trainer, classes, thresholds, options.Seed, rows.Count, Math.Round(best.MacroF1, 4))
{
    Features = featureSet.Names,
    Language = options.Language == "en" ? null : options.Language,
};
File.WriteAllText(Path.Combine(options.Out, SentenceModel.CardFile), JsonSerializer.Serialize(card, ModelCard.Json) + "\n");

// Which rules the model may join, decided on our labelled letters.
var letterFiles = Directory.GetFiles(options.Letters, "*.txt").Where(f => File.Exists(Path.ChangeExtension(f, null) + ".expected.json"))
    .OrderBy(f => f, StringComparer.Ordinal).ToList();
var heldOut = letterFiles.Where(f => options.HeldOutFrom > 0 && LetterNumber(f) >= options.HeldOutFrom).ToList();
var choosing = letterFiles.Except(heldOut).ToList();
var (enabled, policyLines) = HybridPolicy.Choose(SentenceModel.Load(options.Out, card.Features), choosing, options.Regression);
card = card with { HybridRules = enabled };
File.WriteAllText(Path.Combine(options.Out, SentenceModel.CardFile), JsonSerializer.Serialize(card, ModelCard.Json) + "\n");
Console.WriteLine($"Hybrid rules: {string.Join(", ", enabled)}");
File.WriteAllText(Path.Combine(options.Out, "cv-report.md"), RenderReport(reports, best, thresholds, rows.Count, options)
    + $"\nHybrid policy, per rule F1 on the {choosing.Count} letters of {options.Letters}{(heldOut.Count > 0 ? $" numbered below {options.HeldOutFrom}" : "")} (rules alone, then with the model), "
    + $"and for a rule the model improves there, on the regression gate {options.Regression} (rules alone / with the model):\n\n"
    + "| rule | name | rules | hybrid | dev set gate | model joins |\n|---|---|---|---|---|---|\n" + string.Join("\n", policyLines) + "\n"
    + (heldOut.Count == 0 ? "" : $"\nHeld out: the {heldOut.Count} letters numbered from {options.HeldOutFrom}, per rule F1 of the rules alone and with the model joining that rule alone:\n\n"
        + "| rule | name | rules | with the model |\n|---|---|---|---|\n" + string.Join("\n", HybridPolicy.Compare(SentenceModel.Load(options.Out, card.Features), enabled, heldOut)) + "\n"
        + "\nThe same comparison on the letters the choice was made on:\n\n"
        + "| rule | name | rules | with the model |\n|---|---|---|---|\n" + string.Join("\n", HybridPolicy.Compare(SentenceModel.Load(options.Out, card.Features), enabled, choosing)) + "\n"));
Console.WriteLine($"Wrote {modelPath} ({new FileInfo(modelPath).Length / 1024} KB), its card and cv-report.md.");
return 0;

// Letters are named NNN-slug.txt.
static int LetterNumber(string path) => int.TryParse(Path.GetFileName(path).Split('-')[0], out var n) ? n : 0;

static double Calibrate(List<SentenceRow> rows, float[][] scores, string cls, int index, double targetPrecision, double neutralWeight)
{
    // Walk thresholds from high to low; keep the lowest that still meets the target precision. Neutral
    // sentences count neutralWeight times: in real letters most sentences are neutral, far more than in the corpus.
    double chosen = 0.95;
    for (double t = 0.95; t >= 0.30; t -= 0.05)
    {
        double tp = 0, fp = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            if (scores[i][index] < t || scores[i].Max() > scores[i][index]) continue;
            if (rows[i].Label == cls) tp++; else fp += rows[i].Label == SentenceClasses.Neutral ? neutralWeight : 1;
        }
        if (tp + fp == 0) continue;
        if (tp / (tp + fp) >= targetPrecision) chosen = t;
        else break;
    }
    return Math.Round(chosen, 2);
}

static string RenderReport(List<TrainerReport> reports, TrainerReport best, Dictionary<string, double> thresholds, int count, Args options)
{
    var sb = new StringBuilder();
    sb.Append($"<!-- Generated by ToneCheck.Training; do not edit. -->\n");
    sb.Append($"{count} sentences, {options.Folds}-fold stratified cross-validation, seed {options.Seed}. Kept: **{best.Trainer}**, ");
    sb.Append(best.MicrosecondsPerSentence <= options.LatencyBudget
        ? $"the best macro F1 among the trainers within the latency budget of {options.LatencyBudget:F0} µs a sentence.\n\n"
        : $"the best macro F1; no trainer met the latency budget of {options.LatencyBudget:F0} µs a sentence.\n\n");
    sb.Append("| trainer | macro F1 | accuracy | time (all folds) | µs a sentence, warm |\n|---|---|---|---|---|\n");
    foreach (var r in reports) sb.Append($"| {r.Trainer} | {r.MacroF1:F3} | {r.Accuracy:F3} | {r.Seconds:F0} s | {r.MicrosecondsPerSentence:F0} |\n");
    sb.Append("\nµs a sentence: the fastest of five passes over 500 held-out sentences through one warm PredictionEngine (first fold's model).\n");
    sb.Append("\nPer class, out-of-fold, for each trainer (P / R / F1), and the calibrated threshold of the kept one:\n\n");
    sb.Append("| class | support | " + string.Join(" | ", reports.Select(r => r.Trainer)) + " | threshold |\n");
    sb.Append("|---|---|" + string.Concat(reports.Select(_ => "---|")) + "---|\n");
    foreach (var c in best.Classes)
    {
        sb.Append($"| {c.Class} | {c.Support} | ");
        sb.Append(string.Join(" | ", reports.Select(r => r.Classes.First(x => x.Class == c.Class)).Select(x => $"{x.Precision:F2} / {x.Recall:F2} / {x.F1:F2}")));
        sb.Append($" | {(thresholds.TryGetValue(c.Class, out var t) ? t.ToString("F2") : "-")} |\n");
    }
    return sb.ToString();
}

sealed record Args(string Corpus, string Out, int Folds, int Seed, double TargetPrecision, string[] Trainers, string Letters, double NeutralWeight, int Iterations, int Leaves, double LatencyBudget, string? Regression,
    string Language, int HeldOutFrom, bool RuleFeatures)
{
    public static Args Parse(string[] args)
    {
        // The language comes first: it sets the defaults of the paths. Only English has a dev-set gate; a seed
        // language's dev set must not choose anything.
        string language = "en";
        for (int i = 0; i + 1 < args.Length; i += 2)
            if (args[i] == "--language") language = args[i + 1];
        if (!ToneCheck.Lexicons.Lexicon.Supports(language)) throw new ArgumentException($"No lexicon for language '{language}'.");
        string corpus = Path.Combine("corpus", "sentences", language), letters = Path.Combine("corpus", "letters", language);
        string output = language == "en" ? "models" : Path.Combine("models", language);
        string? regression = language == "en" ? Path.Combine("tests", "ToneCheck.Rules.Tests", "DevSet", "en") : null;
        int folds = 5, seed = 1, iterations = 100, leaves = 16, heldOutFrom = 0;
        bool ruleFeatures = true;
        double precision = 0.90, neutralWeight = 4, latencyBudget = 50;
        string[] trainers = ToneCheck.Training.Trainers.Names;
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--corpus": corpus = args[i + 1]; break;
                case "--out": output = args[i + 1]; break;
                case "--folds": folds = int.Parse(args[i + 1]); break;
                case "--seed": seed = int.Parse(args[i + 1]); break;
                case "--precision": precision = double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--trainers": trainers = args[i + 1].Split(','); break;
                case "--letters": letters = args[i + 1]; break;
                case "--regression": regression = args[i + 1]; break;
                case "--iterations": iterations = int.Parse(args[i + 1]); break;
                case "--leaves": leaves = int.Parse(args[i + 1]); break;
                case "--latency-budget": latencyBudget = double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--language": break;
                case "--held-out-from": heldOutFrom = int.Parse(args[i + 1]); break;
                case "--rule-features": ruleFeatures = args[i + 1] switch { "lexicon" => true, "none" => false, _ => throw new ArgumentException("--rule-features is 'lexicon' or 'none'.") }; break;
                case "--neutral-weight": neutralWeight = double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }
        return new Args(corpus, output, folds, seed, precision, trainers, letters, neutralWeight, iterations, leaves, latencyBudget, regression, language, heldOutFrom, ruleFeatures);
    }
}
