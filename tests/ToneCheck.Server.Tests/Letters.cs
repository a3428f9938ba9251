namespace ToneCheck.Server.Tests;

/// <summary>Letters the tests send, and a way to find a quoted phrase's line and column without counting by hand.</summary>
public static class Letters
{
    public const string Blame =
        "Dear Mr Jones,\n\nI am writing about the Harbour Lane retainer \U0001F4CE. Because of your constant changes to the brief, the work has grown well beyond what we agreed. " +
        "Frankly, you have been very difficult to work with this year.\n\n" +
        "We will end the retainer on 30 June.\n\nRegards,\nAnna\n";

    public const string BlamePhrase = "Because of your constant changes to the brief";

    /// <summary>1-based line and UTF-16 column of <paramref name="phrase"/> in <paramref name="text"/>, with CRLF, CR and LF all ending a line.</summary>
    public static (int Line, int Column) Position(string text, string phrase)
    {
        int at = text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{phrase}' is not in the letter");
        int line = 1, lineStart = 0;
        for (int i = 0; i < at; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
            if (text[i] is '\n' or '\r') { line++; lineStart = i + 1; }
        }
        return (line, at - lineStart + 1);
    }
}
