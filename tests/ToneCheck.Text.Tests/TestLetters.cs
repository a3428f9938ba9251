using System.Text;
using ToneCheck.Text;

namespace ToneCheck.Text.Tests;

/// <summary>Helpers shared by the structure and segmentation tests.</summary>
internal static class TestLetters
{
    /// <summary>Joins lines with LF, so a test states its letter line by line and line numbers are obvious.</summary>
    public static string Lines(params string[] lines) => string.Join("\n", lines);

    /// <summary>
    /// Asserts the region of every line. On failure the whole letter is printed as "index: Region | text" for
    /// the expected and the actual regions, so the differing line is easy to find.
    /// </summary>
    public static void AssertRegions(Letter letter, params LetterRegion[] expected)
    {
        Assert.Equal(expected.Length, letter.LineRegions.Length);
        Assert.Equal(Describe(letter, expected), Describe(letter, letter.LineRegions));
    }

    private static string Describe(Letter letter, IReadOnlyList<LetterRegion> regions)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < regions.Count; i++)
        {
            var line = i < letter.Text.Lines.Count ? letter.Text.ToString(letter.Text.Lines[i].Span) : "";
            builder.Append(i).Append(": ").Append(regions[i]).Append(" | ").Append(line).Append('\n');
        }
        return builder.ToString();
    }

    /// <summary>The sentence texts of the letter, for assertions and failure messages.</summary>
    public static string[] SentenceTexts(Letter letter) => letter.Sentences.Select(s => s.Text).ToArray();

    /// <summary>Sentence text with every run of white space (line breaks included) read as one space.</summary>
    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string ListSentences(Letter letter) =>
        string.Join("\n", letter.Sentences.Select(s => $"[{s.Index}] {s.Region} p{s.ParagraphIndex}{(s.IsListItem ? " list" : "")}: {s.Text}"));

    /// <summary>Asserts that some sentence of the letter contains <paramref name="fragment"/>, printing all sentences otherwise.</summary>
    public static Sentence SentenceWith(Letter letter, string fragment)
    {
        var found = letter.Sentences.FirstOrDefault(s => Collapse(s.Text).Contains(fragment, StringComparison.Ordinal));
        Assert.True(found is not null, $"No sentence contains '{fragment}'. Sentences:\n{ListSentences(letter)}");
        return found!;
    }

    /// <summary>Asserts that no sentence of the letter contains <paramref name="fragment"/>.</summary>
    public static void NoSentenceWith(Letter letter, string fragment)
    {
        var found = letter.Sentences.FirstOrDefault(s => Collapse(s.Text).Contains(fragment, StringComparison.OrdinalIgnoreCase));
        Assert.True(found is null, $"Sentence [{found?.Index}] '{found?.Text}' should not be writer's text. Sentences:\n{ListSentences(letter)}");
    }
}
