using Microsoft.CodeAnalysis;
using ToneCheck.Engine;
using ToneCheck.Rules;
using static ToneCheck.Packs.Tests.TestSupport;

namespace ToneCheck.Packs.Tests;

/// <summary>Loading each kind of rule, and that the loaded rules detect what their YAML says, where it says.</summary>
public class LoadingTests
{
    /// <summary>Checks <paramref name="text"/> with the pack's rules alone and returns (rule, reported text, suggestion).</summary>
    private static List<(string Id, string Quote, string? Suggestion)> Check(RulePack pack, string text)
    {
        var result = new ToneChecker(rules: pack.ToneRules, language: "en").Check(text);
        return result.Diagnostics
            .Select(d => (d.Id, text[d.Location.SourceSpan.Start..d.Location.SourceSpan.End], d.Properties.GetValueOrDefault(DiagnosticProperties.Suggestion)))
            .ToList();
    }

    [Fact]
    public void Example_pack_loads_its_three_rules_in_file_order()
    {
        var pack = PackLoader.Load(ExamplePack);

        Assert.Equal("legal-services", pack.Name);
        Assert.Equal(["LEGAL002", "LEGAL001", "LEGAL003"], pack.Rules.Select(r => r.Rule.Id));
        Assert.Equal(["blaming-client-outcome", "continuing-representation", "file-handover"], pack.Rules.Select(r => r.Rule.Name));
        Assert.Equal([RuleKind.Line, RuleKind.Line, RuleKind.Document], pack.Rules.Select(r => r.Rule.Kind));
        Assert.All(pack.Rules, r => Assert.Equal(DiagnosticSeverity.Warning, r.Rule.Descriptor.DefaultSeverity));
        Assert.All(pack.Rules, r => Assert.True(r.Examples.Count(e => e.Example.ShouldFlag) >= 3 && r.Examples.Count(e => !e.Example.ShouldFlag) >= 3));
        Assert.Equal("File handover", pack.Rules[2].Rule.Descriptor.Title.ToString());
        Assert.Equal("legal-services", pack.Rules[2].Rule.Descriptor.Category);
    }

    [Fact]
    public void Phrases_match_literally_on_tokens_whatever_the_case_and_contraction()
    {
        using var dir = new TempPack(("keep-posted.yml", Lines(
            "id: TEST001",
            "kind: phrases",
            "message: \"'{quote}' promises more.\"",
            "severity: info",
            "suggestion: say what happens next instead",
            "phrases:",
            "  we will keep you posted: tell them who will",
            "  Stay in touch:",
            "examples:",
            "  flag: [\"[|We will keep you posted|].\"]",
            "  pass: [\"We keep nothing.\"]")));
        var pack = dir.Load();

        // Case and the contracted form both match; the span runs to the end of the clause.
        Assert.Equal([("TEST001", "WE'LL KEEP YOU POSTED on the sale", "tell them who will")],
            Check(pack, "WE'LL KEEP YOU POSTED on the sale, as always."));
        // A phrase without its own suggestion takes the rule's.
        Assert.Equal([("TEST001", "Stay in touch", "say what happens next instead")], Check(pack, "Stay in touch!"));
        // Literal: no stemming, so another form of the verb is not the phrase.
        Assert.Empty(Check(pack, "We kept you posted."));
        Assert.Equal("'we will keep you posted' promises more.",
            new ToneChecker(rules: pack.ToneRules, language: "en").Check("we will keep you posted.").Diagnostics.Single().GetMessage());
    }

    [Fact]
    public void Patterns_use_stems_classes_alternatives_and_gaps_of_the_lexicon_notation()
    {
        using var dir = new TempPack(("late.yml", Lines(
            "id: ACME101",
            "kind: pattern",
            "name: late-payer",
            "message: \"'{quote}' names the reader as late.\"",
            "severity: error",
            "link: https://example.com/rules/ACME101",
            "patterns:",
            "  - '@you (pay|settle) ...3 late => say the balance, not the habit'",
            "  - (invoice|bill) (is|was) overdue",
            "suggestion: state the open balance",
            "examples:",
            "  flag: [\"[|You pay the March invoice late|].\"]",
            "  pass: [\"The invoice is paid.\"]")));
        var pack = dir.Load();
        var rule = pack.Rules.Single().Rule;

        Assert.Equal("late-payer", rule.Name);
        Assert.Equal("https://example.com/rules/ACME101", rule.Descriptor.HelpLinkUri);
        Assert.Equal(DiagnosticSeverity.Error, rule.Descriptor.DefaultSeverity);
        // Stem (paying), class (@you), gap of up to three words, note after => as the suggestion.
        Assert.Equal([("ACME101", "you settled every single bill late", "say the balance, not the habit")],
            Check(pack, "Frankly, you settled every single bill late."));
        Assert.Equal([("ACME101", "You pay late", "say the balance, not the habit")], Check(pack, "You pay late."));
        // Alternatives; a pattern without a note takes the rule's suggestion.
        Assert.Equal([("ACME101", "bill was overdue", "state the open balance")], Check(pack, "The bill was overdue."));
        // The gap is at most three words.
        Assert.Empty(Check(pack, "You pay for the whole of the work late."));
    }

    [Fact]
    public void Long_gaps_match_far_into_long_sentences_and_end_at_their_limit()
    {
        using var dir = new TempPack(("far.yml", Lines(
            "id: ACME102",
            "kind: pattern",
            "message: \"'{quote}' lists grievances.\"",
            "severity: warning",
            "patterns:",
            "  - first ...48 second => give one reason",
            "examples:",
            "  flag: [\"[|First the deposit, second|] the keys.\"]",
            "  pass: [\"The deposit comes second.\"]")));
        var pack = dir.Load();
        string Words(int n) => string.Join(" ", Enumerable.Range(0, n).Select(i => "word" + i));

        // A match that starts 90 words into a run-on sentence and spans 48 words between its ends.
        var far = $"{Words(90)} first {Words(48)} second {Words(10)}.";
        var found = Check(pack, far).Single();
        Assert.StartsWith("first word0 ", found.Quote);
        Assert.Contains("word47 second", found.Quote);
        // One word more than the gap allows is no match.
        Assert.Empty(Check(pack, $"{Words(90)} first {Words(49)} second."));
    }

    [Fact]
    public void Required_element_is_reported_once_at_its_place_with_the_sentence_to_add()
    {
        using var dir = new TempPack(("keys.yml", Lines(
            "id: HOME001",
            "kind: required",
            "message: The letter does not say how to return the keys.",
            "severity: info",
            "place: opening",
            "suggestion: Please return the keys to the office by Friday.",
            "accept:",
            "  - return (the|your)? keys",
            "  - keys ...3 (office|letterbox)",
            "examples:",
            "  flag: [\"The lease ends in May.\"]",
            "  pass: [\"Please return the keys.\"]")));
        var pack = dir.Load();
        var text = Lines("Dear Ms Lee,", "", "Your lease ends on 31 May. We wish you well.", "", "Kind regards,", "Anna");

        var result = new ToneChecker(rules: pack.ToneRules, language: "en").Check(text);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("HOME001", d.Id);
        Assert.Equal("Your lease ends on 31 May.", text[d.Location.SourceSpan.Start..d.Location.SourceSpan.End]);
        Assert.Equal("document", d.Properties[DiagnosticProperties.Kind]);
        Assert.Equal("Please return the keys to the office by Friday.", d.Properties[DiagnosticProperties.Suggestion]);
        Assert.Equal("The letter does not say how to return the keys.", d.GetMessage());
        Assert.Empty(Check(pack, text.Replace("We wish you well.", "Leave the keys at the office, please.")));
        // A negated mention is not the element.
        Assert.Single(Check(pack, text.Replace("We wish you well.", "You need not return the keys yet.")));
    }

    [Fact]
    public void Pack_rules_run_beside_the_catalogue_and_report_their_name()
    {
        var pack = PackLoader.Load(ExamplePack);
        var checker = new ToneChecker(rules: RuleCatalog.All.Concat(pack.ToneRules), language: "en");
        var text = "Due to your repeated late payments, we can no longer continue. We will keep you informed.";

        var reported = checker.Check(text).Diagnostics.Select(d => ToneCheck.Engine.Reporting.ReportedDiagnostic.From(d)).ToList();

        Assert.Contains(reported, d => d.RuleId == "TC001" && d.RuleName == "blame");
        Assert.Contains(reported, d => d.RuleId == "LEGAL001" && d.RuleName == "continuing-representation" && d.Text == "We will keep you informed");
        Assert.Contains(reported, d => d.RuleId == "LEGAL003" && d.RuleName == "file-handover" && d.Kind == "document");
        Assert.Equal(11, RuleCatalog.All.Length);
    }

    [Fact]
    public void Several_packs_load_together_and_a_pack_rule_file_may_end_in_yaml()
    {
        using var other = new TempPack(("one.yaml", Lines(
            "id: ZZ001", "kind: phrases", "message: m", "severity: info",
            "phrases: { at once: now }", "examples: { flag: [\"Do it at once.\"], pass: [\"Later.\"] }")),
            ("README.md", "Not a rule."));

        var packs = PackLoader.LoadAll([ExamplePack, other.Folder]);

        Assert.Equal(2, packs.Length);
        Assert.Equal(["ZZ001"], packs[1].Rules.Select(r => r.Rule.Id));
        Assert.Equal("one", packs[1].Rules[0].Rule.Name);
    }
}
