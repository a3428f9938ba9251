using Microsoft.CodeAnalysis;
using ToneCheck.Engine;
using static ToneCheck.Rules.Tests.TestSupport;

namespace ToneCheck.Rules.Tests;

/// <summary>
/// Tests that apply to every rule (STYLE.md 6): the catalogue's IDs and descriptors, examples per rule, empty and
/// huge letters, and what every diagnostic carries.
/// </summary>
public class RuleContractTests
{
    private static readonly string[] ExpectedIds =
        ["TC001", "TC002", "TC003", "TC004", "TC005", "TC006", "TC007", "TC008", "TC009", "TC010", "TC011"];

    public static TheoryData<string> RuleIdList()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.All) data.Add(rule.Id);
        return data;
    }

    [Fact]
    public void Rule_ids_are_unique_and_TC001_to_TC011_in_order()
    {
        var ids = RuleCatalog.All.Select(r => r.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(ExpectedIds, ids);
    }

    [Theory]
    [MemberData(nameof(RuleIdList))]
    public void Descriptor_has_title_help_link_and_category(string id)
    {
        var descriptor = RuleCatalog.Find(id)!.Descriptor;

        Assert.Equal(id, descriptor.Id);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()), $"{id} has no title");
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Category), $"{id} has no category");
        Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFormat.ToString()), $"{id} has no message format");
        Assert.False(string.IsNullOrWhiteSpace(descriptor.HelpLinkUri), $"{id} has no help link");
        Assert.EndsWith($"docs/rules/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.True(Uri.IsWellFormedUriString(descriptor.HelpLinkUri, UriKind.Absolute), $"{id} help link '{descriptor.HelpLinkUri}' is not an absolute URI");
        Assert.True(descriptor.IsEnabledByDefault, $"{id} is not enabled by default");
    }

    /// <summary>The fixed table of RULES.md: ID, name, kind and default severity.</summary>
    [Theory]
    [InlineData("TC001", "blame", RuleKind.Line, DiagnosticSeverity.Warning)]
    [InlineData("TC002", "personal-attack", RuleKind.Line, DiagnosticSeverity.Error)]
    [InlineData("TC003", "over-justification", RuleKind.Line, DiagnosticSeverity.Warning)]
    [InlineData("TC004", "missing-thanks", RuleKind.Document, DiagnosticSeverity.Warning)]
    [InlineData("TC005", "missing-referral", RuleKind.Document, DiagnosticSeverity.Warning)]
    [InlineData("TC006", "missing-finality", RuleKind.Document, DiagnosticSeverity.Error)]
    [InlineData("TC007", "negotiable-wording", RuleKind.Line, DiagnosticSeverity.Warning)]
    [InlineData("TC008", "hostile-tone", RuleKind.Line, DiagnosticSeverity.Error)]
    [InlineData("TC009", "missing-next-steps", RuleKind.Document, DiagnosticSeverity.Info)]
    [InlineData("TC010", "missing-goodwill", RuleKind.Document, DiagnosticSeverity.Info)]
    [InlineData("TC011", "missing-apology", RuleKind.Document, DiagnosticSeverity.Info)]
    public void Rule_matches_the_rules_table(string id, string name, RuleKind kind, DiagnosticSeverity severity)
    {
        var rule = RuleCatalog.Find(id);
        Assert.NotNull(rule);
        Assert.Equal(name, rule!.Name);
        Assert.Equal(kind, rule.Kind);
        Assert.Equal(severity, rule.Descriptor.DefaultSeverity);
        Assert.False(string.IsNullOrWhiteSpace(rule.Advice), $"{id} has no advice text");
    }

    [Theory]
    [MemberData(nameof(RuleIdList))]
    public void Rule_has_at_least_two_flag_and_two_pass_examples(string id)
    {
        var rule = RuleCatalog.Find(id)!;
        int flags = rule.Examples.Count(e => e.ShouldFlag);
        int passes = rule.Examples.Count(e => !e.ShouldFlag);
        Assert.True(flags >= 2 && passes >= 2, $"{id} ({rule.Name}) has {flags} Flag and {passes} Pass examples; at least 2 of each are required.");
    }

    [Fact]
    public void Empty_letter_gives_no_diagnostics()
    {
        var result = AllRules.Check("", "empty.txt");
        Assert.True(result.Diagnostics.IsEmpty, "Diagnostics on an empty letter:\n" + Format(result));
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\n\n\n")]
    [InlineData("  \t \r\n \r\n\t")]
    [InlineData("\u00A0\u2003\u3000\n")]
    public void Whitespace_only_letter_gives_no_diagnostics(string text)
    {
        var result = AllRules.Check(text, "blank.txt");
        Assert.True(result.Diagnostics.IsEmpty, "Diagnostics on a blank letter:\n" + Format(result));
    }

    [Theory]
    [MemberData(nameof(RuleIdList))]
    public void Each_rule_alone_is_silent_on_an_empty_letter(string id)
    {
        var result = new ToneChecker(rules: [RuleCatalog.Find(id)!]).Check("", "empty.txt");
        Assert.True(result.Diagnostics.IsEmpty, Format(result));
    }

    [Fact]
    public void Huge_letter_gives_diagnostics_without_throwing()
    {
        var text = HugeLetter(200 * 1024);
        Assert.True(text.Length >= 200 * 1024);

        var result = AllRules.Check(text, "huge.txt");

        Assert.NotEmpty(result.Diagnostics);
        AssertWellFormed(result);
    }

    /// <summary>Every letter the tests have at hand: the dev sets, the corpus letters and every rule example.</summary>
    public static IEnumerable<(string Name, string Text)> AllLetters()
    {
        foreach (var language in DevSetLanguages)
        {
            var folder = DevSetOutput(language);
            if (!Directory.Exists(folder)) continue;
            foreach (var file in Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
                yield return (file, File.ReadAllText(file));
        }
        var corpus = CorpusLetters("en");
        if (Directory.Exists(corpus))
            foreach (var file in Directory.GetFiles(corpus, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
                yield return (file, File.ReadAllText(file));
        foreach (var rule in RuleCatalog.All)
            for (int i = 0; i < rule.Examples.Length; i++)
                yield return ($"{rule.Id}-example-{i}", rule.Examples[i].PlainText);
    }

    [Fact]
    public void Every_diagnostic_carries_kind_source_and_text_and_lies_within_the_text()
    {
        int letters = 0, diagnostics = 0;
        foreach (var (name, text) in AllLetters())
        {
            var result = AllRules.Check(text, name);
            AssertWellFormed(result);
            letters++;
            diagnostics += result.Diagnostics.Length;
        }
        Assert.True(letters > 40, $"only {letters} letters were checked");
        Assert.True(diagnostics > 0, "no diagnostics at all over every letter at hand");
    }

    /// <summary>
    /// What every diagnostic must carry: kind ("line"/"document", matching its rule), source and text properties;
    /// a location inside the text whose line span agrees with its character span; a document rule at most once.
    /// </summary>
    internal static void AssertWellFormed(CheckResult result)
    {
        var text = result.Text;
        foreach (var d in result.Diagnostics)
        {
            string where = $"{result.Path}: {d.Id}\n{Format(result, [d])}";
            var rule = RuleCatalog.Find(d.Id);
            Assert.True(rule is not null || d.Id == UnsupportedLanguage.Id, "Diagnostic of an unknown rule. " + where);

            Assert.True(d.Properties.TryGetValue(DiagnosticProperties.Kind, out var kind) && kind is not null, "No 'kind' property. " + where);
            Assert.Equal(rule is null || rule.Kind == RuleKind.Document ? "document" : "line", kind);
            Assert.True(d.Properties.TryGetValue(DiagnosticProperties.Source, out var source) && !string.IsNullOrEmpty(source), "No 'source' property. " + where);
            Assert.True(d.Properties.TryGetValue(DiagnosticProperties.Text, out var quoted) && quoted is not null, "No 'text' property. " + where);

            var span = d.Location.SourceSpan;
            Assert.True(span.Start >= 0 && span.End <= text.Length, $"Span {span} outside a text of {text.Length} characters. " + where);
            var lineSpan = d.Location.GetLineSpan();
            var start = lineSpan.StartLinePosition;
            var end = lineSpan.EndLinePosition;
            Assert.True(start.Line >= 0 && end.Line < text.Lines.Count && start <= end, $"Line span {start}-{end} outside {text.Lines.Count} lines. " + where);
            Assert.True(start.Character <= text.Lines[start.Line].Span.Length, $"Start column {start.Character} beyond line {start.Line + 1}. " + where);
            Assert.True(end.Character <= text.Lines[end.Line].SpanIncludingLineBreak.Length, $"End column {end.Character} beyond line {end.Line + 1}. " + where);
            Assert.Equal(text.Lines.GetLinePositionSpan(span), lineSpan.Span);
            if (rule?.Kind == RuleKind.Line)
            {
                Assert.False(span.IsEmpty, "A line rule reported an empty span. " + where);
                Assert.Equal(text.ToString(span), quoted);
            }
        }

        var repeated = result.Diagnostics.Where(d => RuleCatalog.Find(d.Id)?.Kind == RuleKind.Document)
            .GroupBy(d => d.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, $"{result.Path}: document rules reported more than once: {string.Join(", ", repeated)}\n{Format(result)}");
    }
}
