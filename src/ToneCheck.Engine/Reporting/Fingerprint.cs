using System.Security.Cryptography;
using System.Text;

namespace ToneCheck.Engine.Reporting;

/// <summary>
/// Identifies a finding by what it is rather than where it is: the rule, the offending words (case and spacing
/// ignored) and which occurrence of those words it is in the file. Lines can move, paragraphs can be added above,
/// and a judged finding keeps its fingerprint; change the words and it is a new finding. A missing element has
/// no words of its own, so its rule alone identifies it in a file.
/// </summary>
public static class Fingerprint
{
    /// <summary>The key SARIF's <c>partialFingerprints</c> uses for it.</summary>
    public const string SarifKey = "toneCheckText/v1";

    /// <summary>Sets <see cref="ReportedDiagnostic.Fingerprint"/> on every diagnostic of one file.</summary>
    public static List<ReportedDiagnostic> Assign(IEnumerable<ReportedDiagnostic> diagnostics)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<ReportedDiagnostic>();
        foreach (var d in diagnostics)
        {
            string words = d.Kind == "document" ? "" : Normalise(d.Text);
            string key = d.RuleId + "\n" + words;
            int occurrence = seen[key] = seen.GetValueOrDefault(key) + 1;
            result.Add(d with { Fingerprint = Of(d.RuleId, words, occurrence) });
        }
        return result;
    }

    private static string Of(string ruleId, string words, int occurrence)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{ruleId}\n{words}\n{occurrence}"));
        return Convert.ToHexStringLower(bytes, 0, 8);
    }

    private static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text.Trim())
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(char.ToLowerInvariant(c) switch { '\u2019' or '\u2018' => '\'', '\u201C' or '\u201D' => '"', var x => x });
        }
        return sb.ToString();
    }
}
