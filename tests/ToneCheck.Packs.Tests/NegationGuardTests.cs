using ToneCheck.Engine;
using static ToneCheck.Packs.Tests.TestSupport;

namespace ToneCheck.Packs.Tests;

/// <summary>
/// <c>negation: skip</c> applies the built-in rules' scope logic: a match after a negation cue in its clause, or in
/// a hypothetical clause, is not reported; without it (the default, <c>report</c>) every match is.
/// </summary>
public class NegationGuardTests
{
    private static string Rule(string id, string kind, string? negation) => Lines(
        $"id: {id}",
        $"kind: {kind}",
        "message: \"'{quote}' blames the reader.\"",
        "severity: warning",
        "suggestion: give a general reason",
        negation is null ? "" : $"negation: {negation}",
        kind == "pattern" ? "patterns: [\"@you (failed|refused) to pay\"]" : "phrases: { you failed to pay: give a general reason }",
        "examples:",
        "  flag: [\"You failed to pay.\"]",
        "  pass: [\"We were paid.\"]");

    private static readonly Lazy<ToneChecker> s_checker = new(() =>
    {
        using var pack = new TempPack(
            ("guarded.yml", Rule("GUARD001", "pattern", "skip")),
            ("plain.yml", Rule("PLAIN001", "pattern", null)),
            ("explicit.yml", Rule("PLAIN002", "pattern", "report")),
            ("phrase.yml", Rule("GUARD002", "phrases", "skip")));
        return new ToneChecker(rules: pack.Load().ToneRules, language: "en");
    });

    private static string[] Fired(string text) =>
        s_checker.Value.Check(text).Diagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("You failed to pay the March invoice.", "GUARD001 GUARD002 PLAIN001 PLAIN002")]
    [InlineData("Frankly, you refused to pay twice.", "GUARD001 PLAIN001 PLAIN002")]
    [InlineData("We are not angry, but you failed to pay.", "GUARD001 GUARD002 PLAIN001 PLAIN002")] // the negation is in another clause
    public void Plain_statements_fire_with_and_without_the_guard(string text, string expected) =>
        Assert.Equal(expected.Split(' '), Fired(text));

    [Theory]
    [InlineData("We never said you failed to pay.")]
    [InlineData("Nobody thinks you refused to pay.")]
    [InlineData("It is not the case that you failed to pay.")]
    public void Negated_matches_are_skipped_only_with_the_guard(string text) =>
        Assert.Equal(["PLAIN001", "PLAIN002"], Fired(text));

    [Theory]
    [InlineData("If you failed to pay, we would have written.")]
    [InlineData("We would worry if you refused to pay.")]
    public void Hypothetical_matches_are_skipped_only_with_the_guard(string text) =>
        Assert.Equal(["PLAIN001", "PLAIN002"], Fired(text));

    [Fact]
    public void The_guard_applies_to_phrases_rules_too()
    {
        Assert.Contains("GUARD002", Fired("You failed to pay."));
        Assert.DoesNotContain("GUARD002", Fired("We never said you failed to pay."));
    }
}
