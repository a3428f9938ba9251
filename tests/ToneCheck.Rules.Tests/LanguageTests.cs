using ToneCheck.Engine;
using ToneCheck.Text;

namespace ToneCheck.Rules.Tests;

/// <summary>The letter's language is found before any rule runs; a letter that is not English gets one TC000 and nothing else.</summary>
public class LanguageTests
{
    public static TheoryData<string, string> DevLetters()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "en", "cy", "ms", "vi", "tl" })
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "DevSet", language), "*.txt").OrderBy(f => f))
                data.Add(language, Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(DevLetters))]
    public void Every_dev_letter_is_identified_in_its_language(string language, string file)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "DevSet", language, file));
        var (found, shares) = LanguageIdentifier.Identify(text);
        Assert.True(found == language, $"{file}: {found} ({string.Join(", ", shares.Select(kv => $"{kv.Key} {kv.Value:F2}"))})");
    }

    [Theory]
    [InlineData("tl", "Hi Ms. Reyes,\n\nSalamat po sa tiwala ninyo sa amin. Pero hindi na po namin kayang ituloy ang project after June, sorry po talaga.\n\nRegards,\nAna")]
    public void A_letter_in_another_language_gets_one_informational_diagnostic(string language, string text)
    {
        var result = new ToneChecker().Check(text, "letter.txt");
        Assert.Equal(language, result.Language);
        var only = Assert.Single(result.Diagnostics);
        Assert.Equal("TC000", only.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, only.Severity);
        Assert.Equal(0, only.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Forcing_english_runs_the_rules_whatever_the_detection_says()
    {
        var text = "Hi Ms. Reyes,\n\nSalamat po sa tiwala ninyo. You are impossible to work with, and this is entirely your fault.\n\nAna";
        Assert.Equal("tl", new ToneChecker().Check(text).Language);
        var forced = new ToneChecker(language: "en").Check(text);
        Assert.Equal("en", forced.Language);
        Assert.Contains(forced.Diagnostics, d => d.Id == "TC002");
    }

    [Fact]
    public void Short_notes_are_read_as_english()
    {
        Assert.Equal("en", LanguageIdentifier.Identify("Thanks, Dan").Language);
        Assert.Equal("en", LanguageIdentifier.Identify("").Language);
    }
}
