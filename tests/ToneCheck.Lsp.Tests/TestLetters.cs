using System.Text.Json;

namespace ToneCheck.Lsp.Tests;

/// <summary>Letters written for these tests, with what the rules report in them.</summary>
public static class TestLetters
{
    public const string Slightly = "\U0001F642";
    public const string Angry = "\U0001F624";

    /// <summary>
    /// CRLF line endings, and two emoji (two UTF-16 code units each, four UTF-8 bytes) before the personal attack on
    /// line 2 (0-based), which is reported as TC002 at characters 84 to 136.
    /// </summary>
    public static readonly string CrlfEmoji = string.Join("\r\n",
        "Hi Priya,",
        "",
        $"Thanks for the past two years. {Slightly} We are ending the cleaning contract on 31 May. {Angry} You have been rude to our staff on several occasions.",
        "",
        "The final invoice will follow next week.",
        "",
        "Regards,",
        "Lee",
        "");

    public const string Attack = "You have been rude to our staff on several occasions";

    /// <summary>
    /// Line endings \n. Blame with a quoted rewrite in its suggestion (TC001, line 4), a personal attack (TC002,
    /// line 6), no thanks, referral or goodwill (TC004, TC005, TC010 at the sign-off, line 10) and no apology (TC011 at the
    /// opening sentence, line 2).
    /// </summary>
    public const string Agency =
        "Dear Ms Lee,\n" +
        "\n" +
        "I'm writing about the Harbour Lane retainer. We have decided to end our agreement on 30 June.\n" +
        "\n" +
        "We are ending it because of your constant changes to the brief.\n" +
        "\n" +
        "Frankly, you are difficult to work with.\n" +
        "\n" +
        "We will send the final files and the last invoice in the first week of July.\n" +
        "\n" +
        "Regards,\n" +
        "Sam\n";
}

/// <summary>One published diagnostic, read from the wire.</summary>
public sealed record WireDiagnostic(string Code, int Severity, int StartLine, int StartCharacter, int EndLine, int EndCharacter,
    string Message, string? Href, string Source)
{
    public static WireDiagnostic From(JsonElement d)
    {
        var range = d.GetProperty("range");
        var start = range.GetProperty("start");
        var end = range.GetProperty("end");
        return new WireDiagnostic(d.GetProperty("code").GetString()!, d.GetProperty("severity").GetInt32(),
            start.GetProperty("line").GetInt32(), start.GetProperty("character").GetInt32(),
            end.GetProperty("line").GetInt32(), end.GetProperty("character").GetInt32(),
            d.GetProperty("message").GetString()!,
            d.TryGetProperty("codeDescription", out var cd) ? cd.GetProperty("href").GetString() : null,
            d.GetProperty("source").GetString()!);
    }

    public static List<WireDiagnostic> AllOf(JsonElement published) =>
        published.GetProperty("diagnostics").EnumerateArray().Select(From).ToList();

    /// <summary>The text the range covers, counting characters in UTF-16 code units and lines at \n, \r\n or \r.</summary>
    public string TextIn(string document)
    {
        var lines = document.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        Assert.Equal(StartLine, EndLine);
        return lines[StartLine][StartCharacter..EndCharacter];
    }
}
