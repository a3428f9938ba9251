using System.Runtime.CompilerServices;
using ToneCheck.Lexicons;
using ToneCheck.Text;

namespace ToneCheck.Rules.Mechanisms;

/// <summary>
/// Clause boundaries inside a sentence. Negation and hypotheticals scope over a clause, and a line finding is
/// reported from its trigger to the end of its clause, which is what a reader would underline. Punctuation breaks
/// a clause in every language; the words that do (English "but", Welsh "ond", a coordinator before a new subject)
/// are each language's data, word lists in classes.txt.
/// </summary>
public static class Clause
{
    /// <summary>No clause is read as longer than this: a run-on text without punctuation would otherwise make
    /// every negation check scan the whole of it.</summary>
    public const int MaxClauseTokens = 40;

    private static readonly HashSet<string> Breaks = [",", ";", ":", "—", "–", "(", ")", "!", "?", "."];

    public static bool IsBoundary(Token t) => t.Kind is TokenKind.Punctuation && Breaks.Contains(t.Norm);

    /// <summary>Index of the first token of the clause containing <paramref name="index"/>.</summary>
    public static int Start(Lexicon lexicon, Sentence s, int index)
    {
        var words = Words.For(lexicon);
        for (int i = index - 1; i >= Math.Max(0, index - MaxClauseTokens); i--)
        {
            var t = s.Tokens[i];
            if (IsBoundary(t) || IsDash(s, i) || words.Contrasts.Contains(t.Norm) || StartsCoordinateClause(words, s, i)) return i + 1;
        }
        return Math.Max(0, index - MaxClauseTokens);
    }

    /// <summary>Index one past the last token of the clause containing <paramref name="index"/>, without closing punctuation.</summary>
    public static int End(Lexicon lexicon, Sentence s, int index)
    {
        var words = Words.For(lexicon);
        int limit = Math.Min(s.Tokens.Length, index + MaxClauseTokens);
        for (int i = index; i < limit; i++)
        {
            var t = s.Tokens[i];
            if (IsBoundary(t) || IsDash(s, i) || (i > index && StartsCoordinateClause(words, s, i))) return i;
        }
        return limit;
    }

    // "you never pay on time and frankly your tone is...": a coordinator followed by a new subject starts a new
    // clause, so a negation in the first does not reach the second.
    private static bool StartsCoordinateClause(Words words, Sentence s, int i) =>
        words.Coordinators.Contains(s.Tokens[i].Norm) && i + 1 < s.Tokens.Length && words.Subjects.Contains(s.Tokens[i + 1].Norm);

    // A dash between spaces (" - ", " – ") separates clauses; a hyphen inside a word does not.
    private static bool IsDash(Sentence s, int i)
    {
        var t = s.Tokens[i];
        if (t.Kind != TokenKind.Punctuation || t.Norm is not ("-" or "–" or "—")) return false;
        bool spaceBefore = i == 0 || s.Tokens[i - 1].Span.End < t.Span.Start;
        bool spaceAfter = i == s.Tokens.Length - 1 || s.Tokens[i + 1].Span.Start > t.Span.End;
        return spaceBefore && spaceAfter;
    }

    /// <summary>A language's clause words, compared with the tokens' lower-case forms as written.</summary>
    private sealed class Words(Lexicon lexicon)
    {
        private static readonly ConditionalWeakTable<Lexicon, Words> Cache = new();

        public HashSet<string> Contrasts { get; } = WordList(lexicon, "classes/clause-contrasts");
        public HashSet<string> Coordinators { get; } = WordList(lexicon, "classes/clause-coordinators");
        public HashSet<string> Subjects { get; } = WordList(lexicon, "classes/clause-subjects");

        public static Words For(Lexicon lexicon) => Cache.GetValue(lexicon, static l => new Words(l));
    }

    /// <summary>A plain word list of the lexicon (lower-cased, as token forms are), empty when the language has none.</summary>
    internal static HashSet<string> WordList(Lexicon lexicon, string key) =>
        lexicon.HasWords(key) ? new HashSet<string>(lexicon.Words(key).Select(w => w.ToLowerInvariant()), StringComparer.Ordinal) : [];
}
