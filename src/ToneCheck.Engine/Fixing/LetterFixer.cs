using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ToneCheck.Rules;

namespace ToneCheck.Engine.Fixing;

/// <summary>What <see cref="LetterFixer"/> did to one letter.</summary>
/// <param name="Applied">The findings fixed, by rule ID, in the order they were applied.</param>
/// <param name="Remaining">The letter's diagnostics after the last pass (the ones that need a writer).</param>
public sealed record FixResult(SourceText Text, ImmutableArray<string> Applied, ImmutableArray<Diagnostic> Remaining)
{
    public bool Changed => !Applied.IsEmpty;
}

/// <summary>
/// Applies the fixes that findings carry (<see cref="SuggestedFix"/>): rewrites such as shouting put in sentence
/// case always, and inserted sentences for missing elements when asked to. A fix can change what other rules
/// see (an inserted thank-you can satisfy a second rule), so the letter is checked again after each pass until
/// no fixable finding is left; the pass limit guards against two fixes undoing each other.
/// </summary>
public static class LetterFixer
{
    private const int MaxPasses = 4;

    public static FixResult Fix(ToneChecker checker, SourceText text, string path = "", bool insertMissing = false)
    {
        var applied = ImmutableArray.CreateBuilder<string>();
        var result = checker.Check(text, path);
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            var fixes = Fixable(result.Diagnostics, insertMissing);
            if (fixes.Count == 0) break;
            var changes = NonOverlapping(fixes, applied);
            text = text.WithChanges(changes);
            result = checker.Check(text, path);
        }
        return new FixResult(text, applied.ToImmutable(), result.Diagnostics);
    }

    /// <summary>The diagnostics this fixer would change, and their edits.</summary>
    public static List<(Diagnostic Diagnostic, SuggestedFix Fix)> Fixable(IEnumerable<Diagnostic> diagnostics, bool insertMissing) =>
        diagnostics
            .Where(d => insertMissing || d.Properties.GetValueOrDefault(DiagnosticProperties.Kind) != "document")
            .Select(d => (Diagnostic: d, Fix: SuggestedFix.From(d.Properties)))
            .Where(x => x.Fix is not null)
            .Select(x => (x.Diagnostic, x.Fix!))
            .ToList();

    // Edits in text order; an edit that overlaps an earlier one waits for the next pass, and insertions at the same
    // point (two missing elements above the sign-off) are joined in rule order so that neither is lost.
    private static List<TextChange> NonOverlapping(List<(Diagnostic Diagnostic, SuggestedFix Fix)> fixes, ImmutableArray<string>.Builder applied)
    {
        var changes = new List<TextChange>();
        int end = -1;
        foreach (var (diagnostic, fix) in fixes.OrderBy(f => f.Fix.Span.Start).ThenBy(f => f.Fix.Span.Length).ThenBy(f => f.Diagnostic.Id, StringComparer.Ordinal))
        {
            var span = fix.Span;
            if (changes.Count > 0 && span.IsEmpty && changes[^1].Span.IsEmpty && changes[^1].Span.Start == span.Start)
                changes[^1] = new TextChange(span, changes[^1].NewText + fix.NewText);
            else if (span.Start < end)
                continue;
            else
                changes.Add(fix.ToChange());
            end = Math.Max(end, span.End);
            applied.Add(diagnostic.Id);
        }
        return changes;
    }
}
