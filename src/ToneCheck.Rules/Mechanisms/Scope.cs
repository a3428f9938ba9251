using ToneCheck.Lexicons;
using ToneCheck.Text;

namespace ToneCheck.Rules.Mechanisms;

/// <summary>
/// Negation and modality scope. A cue (negation.txt) earlier in the same clause, or "not" straight after the
/// verb inside the match ("you are not difficult"), cancels a judgement; a hypothetical clause ("if", "would")
/// states a supposition, not a fact about the reader.
/// </summary>
public static class Scope
{
    public static bool IsNegated(RuleContext context, Sentence sentence, PatternMatch match, bool lookInside = false)
    {
        int clauseStart = Clause.Start(context.Lexicon, sentence, match.Start);
        if (AnyCue(context.Lexicon, context.Match, sentence, clauseStart, match.Start, "negation/cues")) return true;
        if (!lookInside) return false;
        // "you are not difficult", "you haven't been rude": a negator straight after the verb of a predication
        // (classes.txt [predicate-negators] after [copulas]).
        var negators = context.Lexicon.WordSet("classes/predicate-negators");
        var copulas = context.Lexicon.WordSet("classes/copulas");
        for (int i = match.Start + 1; i < match.End - 1; i++)
            if (negators.Contains(sentence.Tokens[i].Norm) && copulas.Contains(sentence.Tokens[i - 1].Norm))
                return true;
        return false;
    }

    public static bool IsHypothetical(RuleContext context, Sentence sentence, PatternMatch match)
    {
        int clauseStart = Clause.Start(context.Lexicon, sentence, match.Start);
        return AnyCue(context.Lexicon, context.Match, sentence, clauseStart, match.Start, "negation/hypothetical")
            || (clauseStart > 0 && StartsWithCue(context, sentence, 0, "negation/hypothetical") && !HasMainClauseBreak(sentence, match.Start));
    }

    /// <summary>True when the sentence explicitly takes the reader out of the fault ("this is not a reflection on you").</summary>
    public static bool ClearsTheReader(RuleContext context, Sentence sentence) =>
        context.Lexicon.Contains(sentence, "negation/not-about-you", context.Match);

    internal static bool AnyCue(Lexicon lexicon, MatchContext match, Sentence sentence, int from, int to, string key)
    {
        // Matches come sorted by start: find the first at or after 'from' by binary search.
        var cues = lexicon.Find(sentence, key, match);
        int lo = 0, hi = cues.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (cues[mid].Start < from) lo = mid + 1; else hi = mid;
        }
        return lo < cues.Count && cues[lo].Start < to;
    }

    private static bool StartsWithCue(RuleContext context, Sentence sentence, int index, string key) =>
        context.Lexicon.Find(sentence, key, context.Match).Any(m => m.Start == index);

    // "If you can pay by Friday, we will..." - the condition ends at the first comma; a match after it is in the main clause.
    private static bool HasMainClauseBreak(Sentence sentence, int before)
    {
        for (int i = 0; i < Math.Min(before, Clause.MaxClauseTokens * 2); i++)
            if (sentence.Tokens[i].Norm == ",") return true;
        return false;
    }
}
