using System.Text.Json;
using Microsoft.CodeAnalysis.Text;
using static ToneCheck.Rules.Tests.TestSupport;

namespace ToneCheck.Rules.Tests;

/// <summary>
/// The corpus in /corpus is data the lexicons and classifier are built from: labelled sentences (TSV) and
/// labelled letters (FORMAT.md). These tests keep it well-formed and keep it apart from the dev set.
/// Each test lists every problem it finds, not only the first.
/// </summary>
public class CorpusValidityTests
{
    private static readonly HashSet<string> SentenceLabels = new(StringComparer.Ordinal)
    {
        "blame", "personal-attack", "over-justification", "negotiable", "hostile",
        "thanks", "referral", "finality", "next-steps", "goodwill", "apology", "neutral",
    };

    private static readonly HashSet<string> LineRules = new(StringComparer.Ordinal) { "TC001", "TC002", "TC003", "TC007", "TC008" };
    private static readonly HashSet<string> DocumentRules = new(StringComparer.Ordinal) { "TC004", "TC005", "TC006", "TC009", "TC010", "TC011" };

    /// <summary>corpus/sentences/&lt;lang&gt;/*.tsv: English and each seed language, checked alike.</summary>
    private static string SentencesFolder => Path.Combine(RepoRoot, "corpus", "sentences");
    private static string LettersFolder => CorpusLetters("en");

    private static void AssertNoProblems(List<string> problems, string what) =>
        Assert.True(problems.Count == 0, $"{problems.Count} {what}:\n" + string.Join("\n", problems.Take(200)));

    private static string[] TsvFiles()
    {
        Assert.True(Directory.Exists(SentencesFolder), $"{SentencesFolder} is missing.");
        var files = Directory.GetFiles(SentencesFolder, "*.tsv", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);
        foreach (var language in DevSetLanguages)
            Assert.Contains(files, f => Path.GetFileName(Path.GetDirectoryName(f)) == language);
        return files;
    }

    /// <summary>The data rows of a TSV file: file name, 1-based line number, raw line.</summary>
    private static IEnumerable<(string File, int Line, string Raw)> Rows(string path)
    {
        var lines = File.ReadAllText(path).Split('\n');
        for (int i = 1; i < lines.Length; i++)
        {
            var raw = lines[i].TrimEnd('\r');
            if (i == lines.Length - 1 && raw.Length == 0) yield break; // the final newline
            yield return (Path.GetRelativePath(SentencesFolder, path), i + 1, raw);
        }
    }

    private static IEnumerable<(string Label, string Text)> Sentences() =>
        TsvFiles().SelectMany(Rows)
            .Select(r => r.Raw.Split('\t'))
            .Where(f => f.Length == 2 && f[1].Trim().Length > 0)
            .Select(f => (f[0], f[1]));

    [Fact]
    public void Sentence_files_have_the_header_label_tab_text()
    {
        var problems = new List<string>();
        foreach (var file in TsvFiles())
        {
            var first = File.ReadAllText(file).Split('\n')[0].TrimEnd('\r');
            var name = Path.GetRelativePath(SentencesFolder, file);
            if (first.StartsWith('\uFEFF')) problems.Add($"{name}: starts with a byte order mark");
            if (first.TrimStart('\uFEFF') != "label\ttext") problems.Add($"{name}: header is '{first}', expected 'label<TAB>text'");
        }
        AssertNoProblems(problems, "bad headers");
    }

    [Fact]
    public void Sentence_rows_have_a_known_label_and_a_text()
    {
        var problems = new List<string>();
        foreach (var file in TsvFiles())
            foreach (var (name, line, raw) in Rows(file))
            {
                var fields = raw.Split('\t');
                if (fields.Length != 2) { problems.Add($"{name}:{line}: {fields.Length} tab-separated fields, expected 2: '{raw}'"); continue; }
                if (!SentenceLabels.Contains(fields[0])) problems.Add($"{name}:{line}: unknown label '{fields[0]}'");
                if (fields[1].Trim().Length == 0) problems.Add($"{name}:{line}: empty text");
                else if (fields[1] != fields[1].Trim()) problems.Add($"{name}:{line}: text has leading or trailing white space");
            }
        AssertNoProblems(problems, "bad rows");
    }

    [Fact]
    public void Sentence_files_have_no_duplicate_text()
    {
        var problems = new List<string>();
        foreach (var file in TsvFiles())
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (name, line, raw) in Rows(file))
            {
                var fields = raw.Split('\t');
                if (fields.Length != 2) continue;
                var key = Normalise(fields[1]);
                if (seen.TryGetValue(key, out var earlier)) problems.Add($"{name}:{line}: duplicates line {earlier}: '{fields[1]}'");
                else seen[key] = line;
            }
        }
        AssertNoProblems(problems, "duplicate sentences");
    }

    [Fact]
    public void No_corpus_sentence_appears_verbatim_in_a_dev_letter()
    {
        var letters = DevSetLanguages
            .Select(DevSetOutput)
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*.txt"))
            .Select(f => (Name: Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "DevSet"), f), Text: Normalise(File.ReadAllText(f))))
            .ToList();
        Assert.True(letters.Count >= 40, $"only {letters.Count} dev letters found next to the tests");

        var problems = new List<string>();
        foreach (var (label, text) in Sentences().DistinctBy(s => Normalise(s.Text)))
        {
            if (IsSalutationOrSignOff(text)) continue;
            var sentence = Normalise(text);
            foreach (var letter in letters)
                if (letter.Text.Contains(sentence, StringComparison.Ordinal))
                    problems.Add($"{letter.Name}: contains the corpus sentence ({label}) '{text}'");
        }
        AssertNoProblems(problems, "corpus sentences leaked from (or into) the dev set");
    }

    /// <summary>
    /// "Dear Sir or Madam,", "Kind regards,", "Best,": a line of at most four words ending in a comma is a greeting or
    /// sign-off formula that every letter shares. The parser never analyses those lines, so finding one in a dev
    /// letter is not a leak; every other corpus row, however short, is compared.
    /// </summary>
    private static bool IsSalutationOrSignOff(string text)
    {
        var trimmed = text.Trim();
        return trimmed.EndsWith(',') && trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4;
    }

    [Fact]
    public void Every_corpus_letter_has_its_expected_json_and_back()
    {
        Assert.True(Directory.Exists(LettersFolder), $"{LettersFolder} is missing.");
        var texts = Directory.GetFiles(LettersFolder, "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.Ordinal);
        var labels = Directory.GetFiles(LettersFolder, "*.expected.json").Select(f => Path.GetFileName(f)[..^".expected.json".Length]).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(texts);

        var problems = texts.Except(labels).Select(n => $"{n}.txt has no {n}.expected.json")
            .Concat(labels.Except(texts).Select(n => $"{n}.expected.json has no {n}.txt"))
            .OrderBy(p => p, StringComparer.Ordinal).ToList();
        AssertNoProblems(problems, "unpaired files");
    }

    [Fact]
    public void Every_corpus_expected_json_is_valid_per_format()
    {
        Assert.True(Directory.Exists(LettersFolder), $"{LettersFolder} is missing.");
        var files = Directory.GetFiles(LettersFolder, "*.expected.json").OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);

        var problems = new List<string>();
        foreach (var file in files) problems.AddRange(Validate(file));
        AssertNoProblems(problems, "problems in expected.json files");
    }

    /// <summary>Checks one NAME.expected.json against FORMAT.md and against its NAME.txt.</summary>
    internal static IEnumerable<string> Validate(string jsonPath)
    {
        var name = Path.GetFileName(jsonPath);
        var textPath = jsonPath[..^".expected.json".Length] + ".txt";
        if (!File.Exists(textPath)) { yield return $"{name}: no letter {Path.GetFileName(textPath)}"; yield break; }
        var letter = SourceText.From(File.ReadAllText(textPath));

        JsonDocument doc;
        string? parseError = null;
        try { doc = JsonDocument.Parse(File.ReadAllText(jsonPath)); }
        catch (JsonException e) { doc = null!; parseError = e.Message; }
        if (parseError is not null) { yield return $"{name}: not valid JSON: {parseError}"; yield break; }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) { yield return $"{name}: the top level is not an object"; yield break; }

            foreach (var property in root.EnumerateObject())
                if (property.Name is not ("findings" or "missing" or "notes"))
                    yield return $"{name}: unexpected key '{property.Name}' (only findings, missing, notes)";

            if (root.TryGetProperty("findings", out var findings))
            {
                if (findings.ValueKind != JsonValueKind.Array) yield return $"{name}: findings is not an array";
                else
                {
                    int index = 0;
                    foreach (var finding in findings.EnumerateArray())
                    {
                        foreach (var problem in ValidateFinding(name, index++, finding, letter)) yield return problem;
                    }
                }
            }

            if (root.TryGetProperty("missing", out var missing))
            {
                if (missing.ValueKind != JsonValueKind.Array) yield return $"{name}: missing is not an array";
                else
                {
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var item in missing.EnumerateArray())
                    {
                        if (item.ValueKind != JsonValueKind.String) { yield return $"{name}: missing holds a {item.ValueKind}, not a rule ID"; continue; }
                        var rule = item.GetString()!;
                        if (LineRules.Contains(rule)) yield return $"{name}: line rule {rule} listed in missing (line rules go in findings)";
                        else if (!DocumentRules.Contains(rule)) yield return $"{name}: unknown rule '{rule}' in missing";
                        if (!seen.Add(rule)) yield return $"{name}: {rule} listed twice in missing";
                    }
                }
            }

            if (root.TryGetProperty("notes", out var notes) && notes.ValueKind != JsonValueKind.String)
                yield return $"{name}: notes is not a string";
        }
    }

    private static IEnumerable<string> ValidateFinding(string name, int index, JsonElement finding, SourceText letter)
    {
        var at = $"{name}: findings[{index}]";
        if (finding.ValueKind != JsonValueKind.Object) { yield return $"{at} is not an object"; yield break; }

        foreach (var property in finding.EnumerateObject())
            if (property.Name is not ("rule" or "lines" or "text"))
                yield return $"{at}: unexpected key '{property.Name}' (only rule, lines, text)";

        if (!finding.TryGetProperty("rule", out var ruleElement) || ruleElement.ValueKind != JsonValueKind.String)
            yield return $"{at}: no rule";
        else
        {
            var rule = ruleElement.GetString()!;
            if (DocumentRules.Contains(rule)) yield return $"{at}: document rule {rule} in findings (document rules go in missing)";
            else if (!LineRules.Contains(rule)) yield return $"{at}: unknown rule '{rule}'";
        }

        if (!finding.TryGetProperty("lines", out var lines) || lines.ValueKind != JsonValueKind.Array || lines.GetArrayLength() != 2
            || lines[0].ValueKind != JsonValueKind.Number || lines[1].ValueKind != JsonValueKind.Number
            || !lines[0].TryGetInt32(out var first) || !lines[1].TryGetInt32(out var last))
        {
            yield return $"{at}: lines is not [first, last]";
            yield break;
        }

        int count = letter.Lines.Count;
        if (first < 1 || last < first || last > count)
        {
            yield return $"{at}: lines [{first}, {last}] not inside the letter's {count} lines";
            yield break;
        }

        if (finding.TryGetProperty("text", out var quote))
        {
            if (quote.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(quote.GetString()))
            {
                yield return $"{at}: text is not a non-empty string";
                yield break;
            }
            var range = letter.ToString(TextSpan.FromBounds(letter.Lines[first - 1].Start, letter.Lines[last - 1].End));
            var wanted = CollapseWhiteSpace(quote.GetString()!);
            if (!CollapseWhiteSpace(range).Contains(wanted, StringComparison.Ordinal))
                yield return $"{at}: text '{quote.GetString()}' does not occur in lines {first}-{last}: '{range.Replace("\n", "\\n")}'";
        }
    }
}
