using Microsoft.CodeAnalysis.Text;

namespace ToneCheck.Text;

public enum TokenKind { Word, Number, Punctuation, Symbol }

/// <summary>
/// One token of a sentence. <see cref="Norm"/> is the lower-cased form with contractions expanded
/// ("n't" becomes "not", "'re" becomes "are") so that patterns are written once for both spellings;
/// <see cref="Stem"/> is the Snowball stem of <see cref="Norm"/>, so "failed", "fails" and "failing" match "fail".
/// </summary>
public readonly record struct Token(TextSpan Span, string Text, string Norm, string Stem, TokenKind Kind)
{
    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>True when every letter is upper case and there are at least two of them ("NEVER", not "I" or "OK").</summary>
    public bool IsShouted
    {
        get
        {
            int letters = 0;
            foreach (char c in Text)
            {
                if (char.IsLower(c)) return false;
                if (char.IsUpper(c)) letters++;
            }
            return letters >= 2;
        }
    }
}
