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

    // Every language's function words in one table, each word with a bit per language that lists it: one lookup
    // per word of the letter is the whole cost of identification. Only ever read once built, so safe to share.
    private static readonly Lazy<(string[] Languages, Dictionary<string, int> Words)> Table = new(() =>
    {
        var lists = DataFile.Parse(DataFile.ReadResource(typeof(LanguageIdentifier).Assembly, "languages.txt")).ToArray();
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int l = 0; l < lists.Length; l++)
            foreach (var word in lists[l].Value)
            {
                var lower = word.ToLowerInvariant();
                words[lower] = (words.TryGetValue(lower, out int languages) ? languages : 0) | 1 << l;
            }
        return (lists.Select(kv => kv.Key).ToArray(), words);
    });

    public static IReadOnlyCollection<string> Languages => Table.Value.Languages;

    /// <summary>The language code (en, cy, ms, vi, tl) of <paramref name="text"/>, with the share of each.</summary>
    public static (string Language, IReadOnlyDictionary<string, double> Shares) Identify(string text)
    {
        var (languages, words) = Table.Value;
        var counts = new int[languages.Length];
        int total = 0;
        foreach (var word in Tokens(text))
        {
            total++;
            if (!words.TryGetValue(word, out int listed)) continue;
            for (int l = 0; l < languages.Length; l++)
                if ((listed & 1 << l) != 0) counts[l]++;
        }
        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int l = 0; l < languages.Length; l++) shares[languages[l]] = total == 0 ? 0 : counts[l] / (double)total;
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
