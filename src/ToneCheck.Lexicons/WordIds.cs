using System.Collections.Concurrent;

namespace ToneCheck.Lexicons;

/// <summary>
/// A number for every word a pattern names (a stem or an exact form), the same in every lexicon and rule pack, so
/// that the matcher compares a token with a pattern word as two integers rather than two strings. A word is
/// numbered when the first pattern that names it is made; a token's word that no pattern names has
/// <see cref="None"/>, which matches nothing.
/// </summary>
internal static class WordIds
{
    public const int None = -1;

    private static readonly ConcurrentDictionary<string, int> s_ids = new(StringComparer.Ordinal);
    private static int s_last = None;

    public static int Of(string word)
    {
        if (s_ids.TryGetValue(word, out int id)) return id;
        // Two threads may number the same new word at once: one number wins, the other is never used.
        return s_ids.GetOrAdd(word, Interlocked.Increment(ref s_last));
    }

    public static int Find(string word) => s_ids.TryGetValue(word, out int id) ? id : None;
}
