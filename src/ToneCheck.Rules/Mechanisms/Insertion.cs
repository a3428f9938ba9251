using Microsoft.CodeAnalysis.Text;
using ToneCheck.Text;

namespace ToneCheck.Rules.Mechanisms;

/// <summary>
/// Where a missing element's sentence goes when a writer accepts the suggestion: a closing element becomes its
/// own paragraph just above the sign-off (or follows the last sentence when there is none); an opening element
/// follows the first sentence after the greeting ("I'm writing about the retainer."). The letter's own line
/// endings are kept.
/// </summary>
public static class Insertion
{
    public static SuggestedFix For(Letter letter, ElementPlace place, string sentence)
    {
        var text = letter.Text;
        string newline = NewLineOf(text);
        if (place == ElementPlace.Closing && letter.SignOff is { } signOff)
        {
            int lineStart = text.Lines.GetLineFromPosition(signOff.Start).Start;
            return new SuggestedFix(new TextSpan(lineStart, 0), sentence + newline + newline);
        }
        var body = letter.BodySentences.ToList();
        if (place == ElementPlace.Opening && body.Count > 0)
            return new SuggestedFix(new TextSpan(body[0].Span.End, 0), " " + sentence);
        if (body.Count > 0)
            return new SuggestedFix(new TextSpan(body[^1].Span.End, 0), " " + sentence);
        bool endsWithBreak = text.Length > 0 && text[text.Length - 1] is '\n' or '\r';
        return new SuggestedFix(new TextSpan(text.Length, 0), (endsWithBreak || text.Length == 0 ? "" : newline) + sentence + newline);
    }

    private static string NewLineOf(SourceText text)
    {
        foreach (var line in text.Lines)
        {
            int breakLength = line.EndIncludingLineBreak - line.End;
            if (breakLength > 0) return text.ToString(new TextSpan(line.End, breakLength));
        }
        return "\n";
    }
}
