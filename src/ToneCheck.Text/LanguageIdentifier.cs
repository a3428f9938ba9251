namespace ToneCheck.Text;

/// <summary>
/// Tells which of ToneCheck's languages a letter is in, by the share of its words that are frequent function
/// words of each (Data/languages.txt). Cheap (one pass over the words, no model to load) and measured on the
/// dev sets of all five languages. A letter that mixes English with another language (Taglish) belongs to
/// the other language once that language's words pass a small share, since English loanwords are normal there.
/// </summary>
public static class LanguageIdentifier
{
    public const string English = "en";

    /// <summary>Below this many words the letter is too short to tell; it is read as English.</summary>
    private const int MinimumWords = 6;

    /// <summary>A non-English language wins at this share of its function words, even with many English words.</summary>
    private const double MixedShare = 0.08;

    // Plain hash sets, only ever read once built: safe to share between threads, and a lookup per word and
    // language is the whole cost of identification.
    private static readonly Lazy<(string Language, HashSet<string> Words)[]> Words = new(() =>
        DataFile.Parse(DataFile.ReadResource(typeof(LanguageIdentifier).Assembly, "languages.txt"))
            .Select(kv => (kv.Key, new HashSet<string>(kv.Value.Select(w => w.ToLowerInvariant()), StringComparer.Ordinal)))
            .ToArray());

    public static IReadOnlyCollection<string> Languages => Words.Value.Select(l => l.Language).ToList();

    /// <summary>The language code (en, cy, ms, vi, tl) of <paramref name="text"/>, with the share of each.</summary>
    public static (string Language, IReadOnlyDictionary<string, double> Shares) Identify(string text)
    {
        var languages = Words.Value;
        var counts = new int[languages.Length];
        int total = 0;
        foreach (var word in Tokens(text))
        {
            total++;
            for (int l = 0; l < languages.Length; l++)
                if (languages[l].Words.Contains(word)) counts[l]++;
        }
        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int l = 0; l < languages.Length; l++) shares[languages[l].Language] = total == 0 ? 0 : counts[l] / (double)total;
        if (total < MinimumWords) return (English, shares);
        var other = shares.Where(kv => kv.Key != English).MaxBy(kv => kv.Value);
        if (other.Value > 0 && (other.Value > shares[English] || other.Value >= MixedShare)) return (other.Key, shares);
        return (English, shares);
    }

    private static IEnumerable<string> Tokens(string text)
    {
        int start = -1;
        bool plain = true; // ASCII letters and apostrophes only: already in normal form
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && (char.IsLetter(text[i]) || text[i] == '\'' || text[i] == '’' || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark);
            if (letter && start < 0) { start = i; plain = true; }
            if (letter && text[i] > 0x7F) plain = false;
            else if (!letter && start >= 0)
            {
                var word = text.Substring(start, i - start).ToLowerInvariant();
                yield return plain ? word : word.Replace('’', '\'').Normalize(System.Text.NormalizationForm.FormC);
                start = -1;
            }
        }
    }
}
