using Microsoft.CodeAnalysis.Text;
using ToneCheck.Engine;
using Xunit;

namespace ToneCheck.Rules.Tests;

/// <summary>
/// The rules speak the letter's language: every translation gives every key the English wording has, keeps its
/// placeholders, and carries a pair of example letters that the rule really reports and really passes; a missing
/// element's suggested sentence, inserted into the letter, is recognised by the rule it answers.
/// </summary>
public class MessageLanguageTests
{
    public static readonly string[] Translated = ["cy", "ms", "vi", "tl"];

    public static TheoryData<string, string> RulesByLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in Translated)
            foreach (var rule in RuleCatalog.All)
                data.Add(language, rule.Id);
        return data;
    }

    [Fact]
    public void Every_seed_language_has_messages()
    {
        Assert.Equal(["en", .. Translated.Order(StringComparer.Ordinal)], RuleText.Languages);
        foreach (var language in Translated)
        {
            Assert.True(RuleText.Supports(language));
            Assert.NotEqual("English", RuleText.NativeName(language));
            foreach (var key in RuleText.LabelKeys)
                Assert.NotEqual(RuleText.Label(RuleText.English, key), RuleText.Label(language, key));
            Assert.Empty(RuleText.TranslatedRules(language).Except(RuleCatalog.All.Select(r => r.Id), StringComparer.OrdinalIgnoreCase));
        }
    }

    [Theory]
    [MemberData(nameof(RulesByLanguage))]
    public void A_translation_has_exactly_the_english_keys_and_placeholders(string language, string ruleId)
    {
        var rule = RuleCatalog.Find(ruleId)!;
        var texts = RuleText.Translations(language, ruleId);
        var expected = RuleText.DescriptionKeys.Concat(rule.Messages.Keys).Concat(RuleText.ExampleKeys).Order(StringComparer.Ordinal);
        Assert.Equal(expected, texts.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in texts)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"{language} {ruleId} {key} is empty");
            if (RuleText.ExampleKeys.Contains(key)) continue;
            Assert.Equal(rule.Text(key).Contains("{0}"), text.Contains("{0}"));
            // A translation that only repeats the English has not been written.
            Assert.NotEqual(rule.Text(key), text);
        }
    }

    [Theory]
    [MemberData(nameof(RulesByLanguage))]
    public void A_translations_examples_are_reported_and_passed_by_the_rule(string language, string ruleId)
    {
        var checker = new ToneChecker(language: language);
        var texts = RuleText.Translations(language, ruleId);
        var reported = checker.Check(texts["example.reported"]);
        Assert.True(TestSupport.Fires(reported, ruleId), $"{language} {ruleId} example.reported is not reported:\n{TestSupport.Format(reported)}");
        var better = checker.Check(texts["example.better"]);
        Assert.False(TestSupport.Fires(better, ruleId), $"{language} {ruleId} example.better is reported:\n{TestSupport.Format(better)}");
        // The finding is written in the letter's language: its rule's words for that language, not English.
        var message = reported.Diagnostics.First(d => d.Id == ruleId).GetMessage();
        var templates = RuleCatalog.Find(ruleId)!.Messages.Keys.Where(k => k.StartsWith("message", StringComparison.Ordinal) || k == "missing")
            .Select(k => RuleText.Translations(language, ruleId)[k]).ToList();
        Assert.Contains(templates, t => Matches(t, message));
    }

    [Theory]
    [MemberData(nameof(RulesByLanguage))]
    public void A_missing_elements_sentence_in_the_letters_language_satisfies_its_rule(string language, string ruleId)
    {
        var rule = RuleCatalog.Find(ruleId)!;
        if (rule.Kind != RuleKind.Document) return;
        var checker = new ToneChecker(language: language);
        var letter = SourceText.From(RuleText.Translations(language, ruleId)["example.reported"]);
        var finding = checker.Check(letter).Diagnostics.Single(d => d.Id == ruleId);
        Assert.Equal(RuleText.Translations(language, ruleId)["insert"], finding.Properties[DiagnosticProperties.Suggestion]);
        var fixedText = letter.WithChanges(SuggestedFix.From(finding.Properties)!.ToChange());
        var again = checker.Check(fixedText);
        Assert.False(TestSupport.Fires(again, ruleId), $"{language} {ruleId}: the inserted sentence is not recognised:\n{fixedText}\n{TestSupport.Format(again)}");
    }

    [Fact]
    public void Messages_can_be_asked_for_in_english_whatever_the_letter()
    {
        var welsh = RuleText.Translations("cy", RuleIds.MissingThanks)["example.reported"];
        var english = new ToneChecker(language: "cy", messages: "en").Check(welsh);
        var finding = english.Diagnostics.Single(d => d.Id == RuleIds.MissingThanks);
        Assert.Equal(RuleCatalog.Find(RuleIds.MissingThanks)!.Text("missing"), finding.GetMessage());
        Assert.Equal("en", english.MessageLanguage);
        Assert.Equal("en", finding.Properties[DiagnosticProperties.MessageLanguage]);
        // The sentence offered for the letter stays Welsh: it goes into a Welsh letter.
        Assert.Equal(RuleText.Translations("cy", RuleIds.MissingThanks)["insert"], finding.Properties[DiagnosticProperties.Suggestion]);
    }

    [Fact]
    public void An_unknown_messages_language_is_refused_with_the_choices()
    {
        var e = Assert.Throws<ArgumentException>(() => new ToneChecker(messages: "fr"));
        Assert.Contains("cy", e.Message);
    }

    [Fact]
    public void English_letters_keep_english_messages()
    {
        var result = TestSupport.AllRules.Check("Hi Sam,\n\nDue to your repeated late payments, we are ending our agreement.\n\nAlex");
        Assert.Equal("en", result.MessageLanguage);
        Assert.StartsWith("'Due to your repeated late payments' puts the fault on the reader", result.Diagnostics.First(d => d.Id == RuleIds.Blame).GetMessage());
    }

    // The message is the template with the quoted words in place of {0}.
    private static bool Matches(string template, string message)
    {
        int at = template.IndexOf("{0}", StringComparison.Ordinal);
        if (at < 0) return template == message;
        var head = template[..at];
        var tail = template[(at + 3)..];
        return message.StartsWith(head, StringComparison.Ordinal) && message.EndsWith(tail, StringComparison.Ordinal)
            && message.Length > head.Length + tail.Length;
    }
}
