using System.Text.Json;
using ToneCheck.Engine.Evaluation;

namespace ToneCheck.Cli;

/// <summary>Scores a SARIF report against a labelled folder, matching results to letters by file name.</summary>
internal static class SarifScoring
{
    public static EvaluationReport Score(string folder, string sarifPath)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(sarifPath));
        var byLetter = new Dictionary<string, List<ReportedFinding>>(StringComparer.Ordinal);
        foreach (var run in doc.RootElement.GetProperty("runs").EnumerateArray())
            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                var uri = Uri.UnescapeDataString(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!);
                var name = Path.GetFileNameWithoutExtension(uri.Replace('\\', '/').Split('/')[^1]);
                var region = location.GetProperty("region");
                int start = region.GetProperty("startLine").GetInt32();
                int end = region.TryGetProperty("endLine", out var e) ? e.GetInt32() : start;
                if (!byLetter.TryGetValue(name, out var list)) byLetter[name] = list = [];
                list.Add(new ReportedFinding(result.GetProperty("ruleId").GetString()!, start, end));
            }
        var letters = Directory.GetFiles(folder, "*.txt")
            .Where(f => File.Exists(Path.ChangeExtension(f, null) + ".expected.json"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => LabelledLetter.Load(f))
            .Select(l => (l, (IReadOnlyList<ReportedFinding>)(byLetter.GetValueOrDefault(l.Name) ?? [])))
            .ToList();
        return Scorer.Score(letters);
    }
}
