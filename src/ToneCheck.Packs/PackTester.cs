using Microsoft.CodeAnalysis.Text;
using ToneCheck.Engine;
using ToneCheck.Rules;

namespace ToneCheck.Packs;

/// <summary>How one example of a pack rule behaved: <see cref="Failure"/> says what went wrong, or is null.</summary>
public sealed record ExampleOutcome(PackRule Rule, PackExample Example, string? Failure)
{
    public bool Passed => Failure is null;

    /// <summary><c>file:line: ID flag|pass example: what happened</c>, for a failure list.</summary>
    public override string ToString() =>
        $"{Rule.File}:{Example.Line}: {Rule.Rule.Id} {(Example.Example.ShouldFlag ? "flag" : "pass")} example: {Failure ?? "ok"}";
}

/// <summary>
/// Runs a pack's examples the way the catalogue's examples are tested: each example is checked as a whole letter
/// with only its own rule enabled. A flag example must be reported (on exactly the marked span, when it marks
/// one); a pass example must not be reported at all.
/// </summary>
public static class PackTester
{
    public static IReadOnlyList<ExampleOutcome> Run(RulePack pack)
    {
        var outcomes = new List<ExampleOutcome>();
        foreach (var rule in pack.Rules)
        {
            // Pack rules read English, so the language is not guessed from a one-line example.
            var checker = new ToneChecker(rules: [rule.Rule], language: "en");
            foreach (var example in rule.Examples)
                outcomes.Add(new ExampleOutcome(rule, example, Failure(checker, rule.Rule, example)));
        }
        return outcomes;
    }

    private static string? Failure(ToneChecker checker, ToneRule rule, PackExample example)
    {
        var text = example.Example.PlainText;
        var found = checker.Check(text, $"{rule.Id}-example").Diagnostics.Where(d => d.Id == rule.Id).ToList();
        string Found() => found.Count == 0 ? "it reported nothing"
            : "it reported " + string.Join("; ", found.Select(d => $"'{Shorten(text[d.Location.SourceSpan.Start..d.Location.SourceSpan.End])}'"));

        if (!example.Example.ShouldFlag)
            return found.Count == 0 ? null : $"expected no report, but {Found()}.";
        if (example.Example.MarkedSpan is not { } marked)
            return found.Count > 0 ? null : "expected a report, but it reported nothing.";
        var expected = TextSpan.FromBounds(marked.Start, marked.End);
        return found.Any(d => d.Location.SourceSpan == expected)
            ? null
            : $"expected a report on '{Shorten(text[expected.Start..expected.End])}', but {Found()}.";
    }

    private static string Shorten(string text)
    {
        var flat = text.Replace("\r", "").Replace('\n', ' ');
        return flat.Length <= 80 ? flat : flat[..77] + "...";
    }
}
