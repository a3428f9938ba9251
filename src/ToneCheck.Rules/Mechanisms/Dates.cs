using System.Text.RegularExpressions;
using ToneCheck.Text;

namespace ToneCheck.Rules.Mechanisms;

/// <summary>
/// Recognises a date or time expression in a sentence: a capitalised month or weekday ("31 March", "Friday"),
/// an ordinal ("the 12th"), a numeric date ("30/06/2025"), or a relative date ("end of the month",
/// "with immediate effect") from next-steps.txt. Month names are matched capitalised so "may" the verb is not one.
/// </summary>
public static class Dates
{
    private static readonly Regex Numeric = new(@"^(\d{1,2}(st|nd|rd|th)|\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?)$", LinearRegex.Options);

    public static bool HasDate(RuleContext context, Sentence sentence)
    {
        var months = context.Lexicon.Words("next-steps/months");
        var weekdays = context.Lexicon.Words("next-steps/weekdays");
        var tokens = sentence.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (Numeric.IsMatch(t.Text)) return true;
            if (!t.IsWord || !char.IsUpper(t.Text[0])) continue;
            var word = t.Text.TrimEnd('.');
            if (weekdays.Contains(word)) return true;
            // "May" is a month only next to a number ("1 May", "May 1st"); the other months stand alone.
            if (months.Contains(word) && (word != "May" || NextToNumber(tokens, i))) return true;
        }
        return context.Lexicon.Contains(sentence, "next-steps/relative-dates", context.Match);
    }

    private static bool NextToNumber(System.Collections.Immutable.ImmutableArray<Token> tokens, int i) =>
        (i > 0 && tokens[i - 1].Kind == TokenKind.Number) || (i + 1 < tokens.Length && (tokens[i + 1].Kind == TokenKind.Number || Numeric.IsMatch(tokens[i + 1].Text)));
}
