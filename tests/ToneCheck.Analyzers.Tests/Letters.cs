using Microsoft.CodeAnalysis.Text;

namespace ToneCheck.Analyzers.Tests;

/// <summary>Test letters; <c>[|...|]</c> marks where a finding is expected, so positions are never counted by hand.</summary>
internal static class Letters
{
    /// <summary>Only warnings by default: blame (TC001) on line 4; thanks, referral, next steps and a clear end are present.</summary>
    public const string Goodbye = """
        Dear Sam,

        I am writing to let you know that we will stop providing bookkeeping services to your company on 30 June.
        [|Because of your constant late payments|], the account has become hard to manage.
        Thank you for your business over the past three years.
        I can recommend Harbour Accounting, who take on clients of your size.
        We will send your files to you by 15 June.

        Best wishes,
        Priya
        """;

    /// <summary>A personal attack (TC002, an error by default) on words that also blame the reader (TC001, weaker).</summary>
    public const string Attack = """
        Dear Sam,

        We will stop providing bookkeeping services to your company on 30 June.
        This is because [|you are lazy and you never paid on time|].
        Thank you for your business.

        Best wishes,
        Priya
        """;

    /// <summary>The letter without its markers.</summary>
    public static string Plain(string marked) => marked.Replace("[|", "").Replace("|]", "");

    /// <summary>The marked span in <see cref="Plain"/>'s text.</summary>
    public static TextSpan Marked(string marked)
    {
        int open = marked.IndexOf("[|", StringComparison.Ordinal);
        int close = marked.IndexOf("|]", StringComparison.Ordinal);
        return TextSpan.FromBounds(open, close - 2);
    }

    /// <summary>The marked span as the 1-based (line,column) a build prints.</summary>
    public static string Position(string marked)
    {
        var start = SourceText.From(Plain(marked)).Lines.GetLinePosition(Marked(marked).Start);
        return $"({start.Line + 1},{start.Character + 1})";
    }
}
