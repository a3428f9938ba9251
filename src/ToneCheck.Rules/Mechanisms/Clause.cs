using ToneCheck.Text;

namespace ToneCheck.Rules.Mechanisms;

/// <summary>
/// Clause boundaries inside a sentence. Negation and hypotheticals scope over a clause, and a line finding is
/// reported from its trigger to the end of its clause, which is what a reader would underline.
/// </summary>
public static class Clause
{
    private static readonly HashSet<string> Breaks = [",", ";", ":", "—", "–", "(", ")", "!", "?", "."];
    private static readonly HashSet<string> Conjunctions = ["but", "however", "although", "though", "whereas", "yet"];

    public static bool IsBoundary(Token t) => t.Kind is TokenKind.Punctuation && Breaks.Contains(t.Norm);

    /// <summary>Index of the first token of the clause containing <paramref name="index"/>.</summary>
    public static int Start(Sentence s, int index)
    {
        for (int i = index - 1; i >= 0; i--)
        {
            var t = s.Tokens[i];
            if (IsBoundary(t) || IsDash(s, i) || Conjunctions.Contains(t.Norm)) return i + 1;
        }
        return 0;
    }

    /// <summary>Index one past the last token of the clause containing <paramref name="index"/>, without closing punctuation.</summary>
    public static int End(Sentence s, int index)
    {
        for (int i = index; i < s.Tokens.Length; i++)
        {
            var t = s.Tokens[i];
            if (IsBoundary(t) || IsDash(s, i)) return i;
        }
        return s.Tokens.Length;
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
