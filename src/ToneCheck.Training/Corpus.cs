using ToneCheck.Ml;

namespace ToneCheck.Training;

/// <summary>Reads the labelled sentences of corpus/sentences/&lt;lang&gt;/*.tsv, refusing bad labels and dropping repeats.</summary>
public static class Corpus
{
    public static List<SentenceRow> Load(string folder) => Load(folder, new RuleFeatures(ToneCheck.Lexicons.Lexicon.English));

    /// <param name="features">The rule features of the corpus's language; null leaves them at zero (the text features alone).</param>
    public static List<SentenceRow> Load(string folder, RuleFeatures? features)
    {
        var rows = new List<SentenceRow>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.GetFiles(folder, "*.tsv").OrderBy(f => f, StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            if (lines.Length == 0 || lines[0] != "label\ttext") throw new FormatException($"{file}: the first line must be 'label<TAB>text'.");
            for (int i = 1; i < lines.Length; i++)
            {
                if (lines[i].Length == 0) continue;
                var parts = lines[i].Split('\t');
                if (parts.Length != 2) throw new FormatException($"{file}:{i + 1}: expected exactly one tab.");
                if (!SentenceClasses.All.Contains(parts[0])) throw new FormatException($"{file}:{i + 1}: unknown label '{parts[0]}'.");
                var key = string.Join(' ', parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                if (!seen.Add(key)) continue;
                var text = StripListMarker(parts[1]);
                rows.Add(new SentenceRow { Label = parts[0], Text = text, RuleFeatures = features?.ComputeForText(text) ?? new float[RuleFeatures.Size] });
            }
        }
        return rows;
    }

    // Grievance-list items in the corpus carry bullets; a bullet says nothing about tone, and a model that
    // learned it would flag every next-steps list. The analyser strips list markers before it sees a sentence.
    private static readonly System.Text.RegularExpressions.Regex ListMarker = new(
        @"^\s*([-*•·–—]|\(?[0-9ivx]{1,4}[.)]|\(?[a-h][.)])\s+", System.Text.RegularExpressions.RegexOptions.NonBacktracking);

    public static string StripListMarker(string text) => ListMarker.Replace(text, "", 1);

    /// <summary>Stratified fold numbers, fixed by the seed: the same corpus always gives the same folds.</summary>
    public static int[] Folds(IReadOnlyList<SentenceRow> rows, int folds, int seed)
    {
        var random = new Random(seed);
        var fold = new int[rows.Count];
        foreach (var group in Enumerable.Range(0, rows.Count).GroupBy(i => rows[i].Label).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var indexes = group.ToArray();
            random.Shuffle(indexes);
            for (int k = 0; k < indexes.Length; k++) fold[indexes[k]] = k % folds;
        }
        return fold;
    }
}
