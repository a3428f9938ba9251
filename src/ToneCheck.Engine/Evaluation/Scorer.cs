using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.CodeAnalysis;
using ToneCheck.Rules;

namespace ToneCheck.Engine.Evaluation;

/// <summary>One labelled finding of a line rule: the rule and its 1-based inclusive line range.</summary>
public sealed record LabelledFinding(string Rule, int FirstLine, int LastLine);

/// <summary>What a reviewer reported on one letter (NAME.expected.json).</summary>
public sealed record LabelledLetter(string Name, string TextPath, IReadOnlyList<LabelledFinding> Findings, IReadOnlyList<string> Missing)
{
    public static LabelledLetter Load(string textPath)
    {
        var jsonPath = Path.ChangeExtension(textPath, null) + ".expected.json";
        using var doc = JsonDocument.Parse(File.ReadAllText(jsonPath));
        var findings = new List<LabelledFinding>();
        if (doc.RootElement.TryGetProperty("findings", out var fs))
            foreach (var f in fs.EnumerateArray())
            {
                var lines = f.GetProperty("lines");
                findings.Add(new LabelledFinding(f.GetProperty("rule").GetString()!, lines[0].GetInt32(), lines[1].GetInt32()));
            }
        var missing = doc.RootElement.TryGetProperty("missing", out var ms)
            ? ms.EnumerateArray().Select(m => m.GetString()!).ToList()
            : [];
        return new LabelledLetter(Path.GetFileNameWithoutExtension(textPath), textPath, findings, missing);
    }
}

/// <summary>A reported diagnostic reduced to what scoring needs: rule and 1-based inclusive lines.</summary>
public sealed record ReportedFinding(string Rule, int FirstLine, int LastLine)
{
    public static ReportedFinding From(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return new ReportedFinding(d.Id, span.StartLinePosition.Line + 1, span.EndLinePosition.Line + 1);
    }
}

/// <summary>Counts for one rule over a folder, and the scores FORMAT.md defines.</summary>
public sealed class RuleScore
{
    public required string Rule { get; init; }
    public int TruePositives { get; set; }
    public int Reported { get; set; }
    public int Recalled { get; set; }
    public int Labelled { get; set; }

    /// <summary>For document rules, letters where the rule fired although the element was present.</summary>
    [JsonIgnore] public int FalsePositives => Reported - TruePositives;

    public double Precision => Reported == 0 ? (Labelled == 0 ? 1 : 0) : (double)TruePositives / Reported;
    public double Recall => Labelled == 0 ? (Reported == 0 ? 1 : 0) : (double)Recalled / Labelled;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Per-rule scores and the micro-averages over the core six rules and over all rules.</summary>
public sealed record EvaluationReport(IReadOnlyList<RuleScore> Rules, Micro CoreSix, Micro All, int Letters,
    IReadOnlyList<LetterError> Errors);

public sealed record Micro(double Precision, double Recall, double F1);

/// <summary>A disagreement on one letter, for reading what a rule gets wrong.</summary>
public sealed record LetterError(string Letter, string Rule, string Kind, int FirstLine, int LastLine);

/// <summary>
/// Scores diagnostics against labelled letters exactly as FORMAT.md defines: line rules by overlapping line
/// ranges (precision over diagnostics, recall over labelled findings), document rules per letter.
/// </summary>
public static class Scorer
{
    public static readonly string[] CoreSix = [RuleIds.Blame, RuleIds.PersonalAttack, RuleIds.OverJustification,
        RuleIds.MissingThanks, RuleIds.MissingReferral, RuleIds.MissingFinality];

    public static EvaluationReport Score(IEnumerable<(LabelledLetter Expected, IReadOnlyList<ReportedFinding> Reported)> letters)
    {
        var scores = RuleCatalog.All.ToDictionary(r => r.Id, r => new RuleScore { Rule = r.Id });
        var errors = new List<LetterError>();
        int count = 0;
        foreach (var (expected, reported) in letters)
        {
            count++;
            foreach (var rule in RuleCatalog.All)
            {
                var score = scores[rule.Id];
                var mine = reported.Where(r => r.Rule == rule.Id).ToList();
                if (rule.Kind == RuleKind.Line)
                {
                    var labelled = expected.Findings.Where(f => f.Rule == rule.Id).ToList();
                    score.Reported += mine.Count;
                    score.Labelled += labelled.Count;
                    foreach (var r in mine)
                    {
                        if (labelled.Any(l => Overlap(l.FirstLine, l.LastLine, r.FirstLine, r.LastLine))) score.TruePositives++;
                        else errors.Add(new LetterError(expected.Name, rule.Id, "false-positive", r.FirstLine, r.LastLine));
                    }
                    foreach (var l in labelled)
                    {
                        if (mine.Any(r => Overlap(l.FirstLine, l.LastLine, r.FirstLine, r.LastLine))) score.Recalled++;
                        else errors.Add(new LetterError(expected.Name, rule.Id, "missed", l.FirstLine, l.LastLine));
                    }
                }
                else
                {
                    bool fired = mine.Count > 0;
                    bool isMissing = expected.Missing.Contains(rule.Id);
                    if (fired) score.Reported++;
                    if (isMissing) score.Labelled++;
                    if (fired && isMissing) { score.TruePositives++; score.Recalled++; }
                    if (fired && !isMissing) errors.Add(new LetterError(expected.Name, rule.Id, "false-positive", 0, 0));
                    if (!fired && isMissing) errors.Add(new LetterError(expected.Name, rule.Id, "missed", 0, 0));
                }
            }
        }
        var ordered = scores.Values.OrderBy(s => s.Rule).ToList();
        return new EvaluationReport(ordered, MicroOf(ordered.Where(s => CoreSix.Contains(s.Rule))), MicroOf(ordered), count, errors);
    }

    private static Micro MicroOf(IEnumerable<RuleScore> scores)
    {
        var list = scores.ToList();
        int tp = list.Sum(s => s.TruePositives), reported = list.Sum(s => s.Reported);
        int recalled = list.Sum(s => s.Recalled), labelled = list.Sum(s => s.Labelled);
        double p = reported == 0 ? 1 : (double)tp / reported;
        double r = labelled == 0 ? 1 : (double)recalled / labelled;
        return new Micro(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static bool Overlap(int a1, int a2, int b1, int b2) => a1 <= b2 && b1 <= a2;

    /// <summary>Checks every letter of a labelled folder with <paramref name="checker"/> and scores it.</summary>
    public static EvaluationReport EvaluateFolder(ToneChecker checker, string folder)
    {
        var files = Directory.GetFiles(folder, "*.txt").Where(f => File.Exists(Path.ChangeExtension(f, null) + ".expected.json")).OrderBy(f => f, StringComparer.Ordinal);
        return EvaluateFiles(checker, files);
    }

    /// <summary>Checks the given labelled letters (each <c>.txt</c> beside its <c>.expected.json</c>) and scores them.</summary>
    public static EvaluationReport EvaluateFiles(ToneChecker checker, IEnumerable<string> files)
    {
        return Score(files.Select(f =>
        {
            var expected = LabelledLetter.Load(f);
            var result = checker.Check(LetterInput.ReadFile(f), f);
            return (expected, (IReadOnlyList<ReportedFinding>)result.Diagnostics.Select(ReportedFinding.From).ToList());
        }).ToList());
    }
}
