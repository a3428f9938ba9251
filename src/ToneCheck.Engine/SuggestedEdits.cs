using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ToneCheck.Text;

namespace ToneCheck.Engine;

/// <summary>A change to the letter that carries out a diagnostic's suggestion, with a title an editor can show.</summary>
public sealed record SuggestedEdit(string Title, TextChange Change);

/// <summary>
/// Turns a diagnostic's suggestion into an edit of the letter, for front ends that can apply one (an editor's quick
/// fix). A line finding's suggestion is advice, and only some end with a quoted rewrite
/// (<c>describe the situation without an owner: "as the account's needs have changed, ..."</c>): only those replace the
/// reported words, since pasting advice into a letter would damage it. A missing element's suggestion is the sentence
/// to add, inserted where the rule looks for the element.
/// </summary>
public static partial class SuggestedEdits
{
    public static SuggestedEdit? For(CheckResult result, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Suggestion, out var suggestion) || string.IsNullOrWhiteSpace(suggestion))
            return null;
        var span = diagnostic.Location.SourceSpan;
        if (span.End > result.Text.Length) return null;
        return diagnostic.Properties.GetValueOrDefault(DiagnosticProperties.Kind) == "document"
            ? Insert(result.Letter, span, suggestion.Trim())
            : Replace(result.Text, span, suggestion);
    }

    /// <summary>The quoted rewrite a suggestion ends with, or null when it is advice only (or an unfinished "...").</summary>
    public static string? RewriteOf(string suggestion)
    {
        var m = TrailingQuote().Match(suggestion);
        if (!m.Success) return null;
        var rewrite = m.Groups[1].Value.Trim();
        return rewrite.Length == 0 || rewrite.EndsWith("...", StringComparison.Ordinal) || rewrite.EndsWith('\u2026') ? null : rewrite;
    }

    private static SuggestedEdit? Replace(SourceText text, TextSpan span, string suggestion)
    {
        if (RewriteOf(suggestion) is not { } rewrite || span.IsEmpty) return null;
        // The rewrite is written in lower case to fit mid-sentence; at a sentence start it takes the capital back.
        if (char.IsUpper(text[span.Start]) && char.IsLower(rewrite[0]))
            rewrite = char.ToUpperInvariant(rewrite[0]) + rewrite[1..];
        return new SuggestedEdit($"Replace with \"{rewrite}\"", new TextChange(span, rewrite));
    }

    private static SuggestedEdit Insert(Letter letter, TextSpan anchor, string sentence)
    {
        var text = letter.Text;
        var title = $"Add \"{sentence}\"";
        if (letter.SignOff is { } signOff && signOff == anchor)
        {
            // Before the sign-off, as a paragraph of its own, spaced like the paragraph above it.
            var newline = NewlineOf(text);
            var line = text.Lines.GetLineFromPosition(signOff.Start);
            bool blankAbove = line.LineNumber > 0 && string.IsNullOrWhiteSpace(text.Lines[line.LineNumber - 1].ToString());
            var insert = sentence + newline + (blankAbove ? newline : "");
            return new SuggestedEdit(title, new TextChange(new TextSpan(line.Start, 0), insert));
        }
        // Otherwise the anchor is the sentence where the element belongs (the opening or the last one): right after it.
        return new SuggestedEdit(title, new TextChange(new TextSpan(anchor.End, 0), " " + sentence));
    }

    private static string NewlineOf(SourceText text)
    {
        foreach (var line in text.Lines)
        {
            if (line.EndIncludingLineBreak > line.End)
                return text.ToString(TextSpan.FromBounds(line.End, line.EndIncludingLineBreak));
        }
        return "\n";
    }

    [GeneratedRegex("""[:\u2014-]\s*"([^"]+)"\s*\.?\s*$""")]
    private static partial Regex TrailingQuote();
}
