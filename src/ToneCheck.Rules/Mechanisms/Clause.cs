using System.Collections.Frozen;
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

    // Word lists of classes.txt, compared with the tokens' lower-case forms as written.
    private const string Contrasts = "classes/clause-contrasts";
    private const string Coordinators = "classes/clause-coordinators";
    private const string Subjects = "classes/clause-subjects";

    private static readonly HashSet<string> Breaks = [",", ";", ":", "—", "–", "(", ")", "!", "?", "."];

    public static bool IsBoundary(Token t) => t.Kind is TokenKind.Punctuation && Breaks.Contains(t.Norm);

    /// <summary>Index of the first token of the clause containing <paramref name="index"/>.</summary>
    public static int Start(Lexicon lexicon, Sentence s, int index)
    {
        var contrasts = lexicon.WordSet(Contrasts);
        var (coordinators, subjects) = (lexicon.WordSet(Coordinators), lexicon.WordSet(Subjects));
        for (int i = index - 1; i >= Math.Max(0, index - MaxClauseTokens); i--)
        {
            var t = s.Tokens[i];
            if (IsBoundary(t) || IsDash(s, i) || contrasts.Contains(t.Norm) || StartsCoordinateClause(coordinators, subjects, s, i)) return i + 1;
        }
        return Math.Max(0, index - MaxClauseTokens);
    }

    /// <summary>Index one past the last token of the clause containing <paramref name="index"/>, without closing punctuation.</summary>
    public static int End(Lexicon lexicon, Sentence s, int index)
    {
        var (coordinators, subjects) = (lexicon.WordSet(Coordinators), lexicon.WordSet(Subjects));
        int limit = Math.Min(s.Tokens.Length, index + MaxClauseTokens);
        for (int i = index; i < limit; i++)
        {
            var t = s.Tokens[i];
            if (IsBoundary(t) || IsDash(s, i) || (i > index && StartsCoordinateClause(coordinators, subjects, s, i))) return i;
        }
        return limit;
    }

    // "you never pay on time and frankly your tone is...": a coordinator followed by a new subject starts a new
    // clause, so a negation in the first does not reach the second.
    private static bool StartsCoordinateClause(FrozenSet<string> coordinators, FrozenSet<string> subjects, Sentence s, int i) =>
        coordinators.Contains(s.Tokens[i].Norm) && i + 1 < s.Tokens.Length && subjects.Contains(s.Tokens[i + 1].Norm);

    // A dash between spaces (" - ", " – ") separates clauses; a hyphen inside a word does not.
    private static bool IsDash(Sentence s, int i)
    {
        var t = s.Tokens[i];
        if (t.Kind != TokenKind.Punctuation || t.Norm is not ("-" or "–" or "—")) return false;
        bool spaceBefore = i == 0 || s.Tokens[i - 1].Span.End < t.Span.Start;
        bool spaceAfter = i == s.Tokens.Length - 1 || s.Tokens[i + 1].Span.Start > t.Span.End;
        return spaceBefore && spaceAfter;
    }
}
