using ToneCheck.Text;

namespace ToneCheck.Rules.Mechanisms;

/// <summary>
/// Clause boundaries inside a sentence. Negation and hypotheticals scope over a clause, and a line finding is
/// reported from its trigger to the end of its clause, which is what a reader would underline.
/// </summary>
public static class Clause
{
    /// <summary>No clause is read as longer than this: a run-on text without punctuation would otherwise make
    /// every negation check scan the whole of it.</summary>
    public const int MaxClauseTokens = 40;

    private static readonly HashSet<string> Breaks = [",", ";", ":", "—", "–", "(", ")", "!", "?", "."];
    private static readonly HashSet<string> Conjunctions = ["but", "however", "although", "though", "whereas", "yet"];

    public static bool IsBoundary(Token t) => t.Kind is TokenKind.Punctuation && Breaks.Contains(t.Norm);

    /// <summary>Index of the first token of the clause containing <paramref name="index"/>.</summary>
    public static int Start(Sentence s, int index)
    {
        for (int i = index - 1; i >= Math.Max(0, index - MaxClauseTokens); i--)
        {
            var t = s.Tokens[i];
            if (IsBoundary(t) || IsDash(s, i) || Conjunctions.Contains(t.Norm) || StartsCoordinateClause(s, i)) return i + 1;
        }
        return Math.Max(0, index - MaxClauseTokens);
    }

    // "you never pay on time and frankly your tone is...": "and" followed by a new subject starts a new clause,
    // so a negation in the first does not reach the second.
    private static readonly HashSet<string> NewSubjects = ["you", "your", "we", "i", "our", "my", "they", "their", "he", "she", "it", "the", "this", "that", "frankly", "honestly"];

    private static bool StartsCoordinateClause(Sentence s, int i) =>
        s.Tokens[i].Norm is "and" or "or" && i + 1 < s.Tokens.Length && NewSubjects.Contains(s.Tokens[i + 1].Norm);

    /// <summary>Index one past the last token of the clause containing <paramref name="index"/>, without closing punctuation.</summary>
    public static int End(Sentence s, int index)
    {
        int limit = Math.Min(s.Tokens.Length, index + MaxClauseTokens);
        for (int i = index; i < limit; i++)
        {
            var t = s.Tokens[i];
            if (IsBoundary(t) || IsDash(s, i) || (i > index && StartsCoordinateClause(s, i))) return i;
        }
        return limit;
    }

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
