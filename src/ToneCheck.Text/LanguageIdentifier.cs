using System.Collections.Immutable;

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

    private static readonly Lazy<ImmutableDictionary<string, ImmutableHashSet<string>>> Words = new(() =>
        DataFile.Parse(DataFile.ReadResource(typeof(LanguageIdentifier).Assembly, "languages.txt"))
            .ToImmutableDictionary(kv => kv.Key, kv => kv.Value.Select(w => w.ToLowerInvariant()).ToImmutableHashSet()));

    public static IReadOnlyCollection<string> Languages => Words.Value.Keys.ToList();

    /// <summary>The language code (en, cy, ms, vi, tl) of <paramref name="text"/>, with the share of each.</summary>
    public static (string Language, IReadOnlyDictionary<string, double> Shares) Identify(string text)
    {
        var words = Tokens(text);
        var shares = Words.Value.ToDictionary(kv => kv.Key, kv => words.Count == 0 ? 0 : words.Count(kv.Value.Contains) / (double)words.Count);
        if (words.Count < MinimumWords) return (English, shares);
        var other = shares.Where(kv => kv.Key != English).MaxBy(kv => kv.Value);
        if (other.Value > 0 && (other.Value > shares[English] || other.Value >= MixedShare)) return (other.Key, shares);
        return (English, shares);
    }

    private static List<string> Tokens(string text)
    {
        var result = new List<string>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && (char.IsLetter(text[i]) || text[i] == '\'' || text[i] == '’' || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                result.Add(text[start..i].ToLowerInvariant().Replace('’', '\'').Normalize(System.Text.NormalizationForm.FormC));
                start = -1;
            }
        }
        return result;
    }
}
