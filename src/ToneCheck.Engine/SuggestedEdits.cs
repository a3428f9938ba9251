using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ToneCheck.Rules;

namespace ToneCheck.Engine;

/// <summary>A change to the letter that carries out a diagnostic's suggestion, with a title an editor can show.</summary>
public sealed record SuggestedEdit(string Title, TextChange Change);

/// <summary>
/// Turns a diagnostic into an edit of the letter, for front ends that apply one (an editor's quick fix). A finding
/// that carries a <see cref="SuggestedFix"/> (shouting in sentence case, a missing element's sentence inserted where
/// it belongs) gets exactly that edit. Otherwise a line finding's suggestion is advice, and only those that end with
/// a quoted rewrite (<c>describe the situation without an owner: "as the account's needs have changed, ..."</c>)
/// replace the reported words, since pasting advice into a letter would damage it.
/// </summary>
public static partial class SuggestedEdits
{
    public static SuggestedEdit? For(CheckResult result, Diagnostic diagnostic)
    {
        bool document = diagnostic.Properties.GetValueOrDefault(DiagnosticProperties.Kind) == "document";
        if (SuggestedFix.From(diagnostic.Properties) is { } fix && fix.Span.End <= result.Text.Length)
        {
            var title = document ? $"Add \"{fix.NewText.Trim()}\"" : $"Replace with \"{fix.NewText}\"";
            return new SuggestedEdit(title, fix.ToChange());
        }
        if (document || !diagnostic.Properties.TryGetValue(DiagnosticProperties.Suggestion, out var suggestion) || string.IsNullOrWhiteSpace(suggestion))
            return null;
        var span = diagnostic.Location.SourceSpan;
        return span.End > result.Text.Length ? null : Replace(result.Text, span, suggestion);
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

    [GeneratedRegex("""[:\u2014-]\s*"([^"]+)"\s*\.?\s*$""")]
    private static partial Regex TrailingQuote();
}
