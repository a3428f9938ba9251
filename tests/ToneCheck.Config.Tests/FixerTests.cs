using Microsoft.CodeAnalysis.Text;
using ToneCheck.Engine;
using ToneCheck.Engine.Fixing;
using ToneCheck.Rules;

namespace ToneCheck.Config.Tests;

public class FixerTests
{
    private static readonly ToneChecker Checker = new(language: "en");

    [Fact]
    public void Shouting_is_put_in_sentence_case()
    {
        var text = SourceText.From("Hi Sam,\n\nWE WILL NOT BE CONTINUING. Your files will be sent on Friday.\n\nBest,\nAlex");
        var result = LetterFixer.Fix(Checker, text);
        Assert.Contains("TC008", result.Applied);
        Assert.Contains("We will not be continuing.", result.Text.ToString());
        Assert.DoesNotContain(result.Remaining, d => d.Id == "TC008");
    }

    [Fact]
    public void Missing_elements_are_inserted_only_when_asked_and_then_satisfy_their_rules()
    {
        var text = SourceText.From("Hi Sam,\n\nOur agreement ends on 30 June.\n\nBest,\nAlex");
        var before = Checker.Check(text).Diagnostics.Where(d => RuleCatalog.Find(d.Id)?.Kind == RuleKind.Document).Select(d => d.Id).ToList();
        Assert.NotEmpty(before);

        Assert.False(LetterFixer.Fix(Checker, text).Changed);

        var fixedLetter = LetterFixer.Fix(Checker, text, insertMissing: true);
        Assert.Equal(before.Order(), fixedLetter.Applied.Order());
        Assert.DoesNotContain(fixedLetter.Remaining, d => before.Contains(d.Id));
        var lines = fixedLetter.Text.ToString().Split('\n');
        Assert.Equal("Hi Sam,", lines[0]);
        Assert.Equal(["Best,", "Alex"], lines[^2..]);
    }

    [Fact]
    public void Crlf_letters_keep_their_line_endings()
    {
        var text = SourceText.From("Hi Sam,\r\n\r\nOur agreement ends on 30 June.\r\n\r\nBest,\r\nAlex");
        var fixedText = LetterFixer.Fix(Checker, text, insertMissing: true).Text.ToString();
        Assert.DoesNotContain("\n", fixedText.Replace("\r\n", ""));
    }

    [Fact]
    public void No_fixable_finding_is_left_in_any_dev_letter()
    {
        foreach (var path in Repo.DevLetters())
        {
            var text = SourceText.From(File.ReadAllText(path));
            var result = LetterFixer.Fix(Checker, text, path, insertMissing: true);
            Assert.Empty(LetterFixer.Fixable(result.Remaining, insertMissing: true));
            var original = Checker.Check(text, path).Diagnostics;
            // Nothing the writer wrote is lost: only insertions and case changes were made.
            Assert.True(IsSubsequence(text.ToString().ToLowerInvariant(), result.Text.ToString().ToLowerInvariant()), $"{Path.GetFileName(path)}: text was lost");
            Assert.True(result.Remaining.Length <= original.Length, $"{Path.GetFileName(path)}: fixing added findings");
        }
    }

    private static bool IsSubsequence(string part, string whole)
    {
        int j = 0;
        foreach (char c in whole) if (j < part.Length && part[j] == c) j++;
        return j == part.Length;
    }
}
