using ToneCheck.Lexicons;
using ToneCheck.Text;

namespace ToneCheck.Ml;

/// <summary>
/// What the rules' vocabulary sees in a sentence, as numbers for the classifier: how often each lexicon
/// section matches (capped), and a few shape cues the text features lose (shouting, second person, a list
/// bullet, a question). The same code computes them at training and at prediction time.
/// </summary>
public sealed class RuleFeatures
{
    public const int Size = 64;

    private readonly Lexicon _lexicon;
    private readonly string[] _sections;

    public RuleFeatures(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _sections = lexicon.SectionKeys
            .Where(k => !k.EndsWith("/acronyms", StringComparison.Ordinal) && !k.EndsWith("/shout-words", StringComparison.Ordinal)
                && !k.EndsWith("/months", StringComparison.Ordinal) && !k.EndsWith("/weekdays", StringComparison.Ordinal))
            .OrderBy(k => k, StringComparer.Ordinal).Take(Size - 8).ToArray();
    }

    public IReadOnlyList<string> Names => [.. _sections, "shouted", "you", "we", "question", "exclaim", "reserved", "negation", "words"];

    public float[] Compute(Sentence sentence, MatchContext context)
    {
        var v = new float[Size];
        for (int i = 0; i < _sections.Length; i++)
            v[i] = Math.Min(3, _lexicon.Find(sentence, _sections[i], context).Count);
        int b = _sections.Length;
        var tokens = sentence.Tokens;
        int words = tokens.Count(t => t.IsWord);
        v[b] = words == 0 ? 0 : tokens.Count(t => t.IsWord && t.IsShouted) / (float)words;
        v[b + 1] = tokens.Any(t => t.Norm is "you" or "your" or "yours" or "yourself") ? 1 : 0;
        v[b + 2] = tokens.Any(t => t.Norm is "we" or "i" or "our" or "my" or "us" or "me") ? 1 : 0;
        v[b + 3] = tokens.Any(t => t.Norm == "?") ? 1 : 0;
        v[b + 4] = Math.Min(3, tokens.Count(t => t.Norm == "!"));
        v[b + 5] = 0; // reserved: list position is structure, not tone (see the corpus loader)
        v[b + 6] = tokens.Any(t => t.Norm is "not" or "never" or "no" or "none" or "nothing") ? 1 : 0;
        v[b + 7] = Math.Min(60, words) / 60f;
        return v;
    }

    /// <summary>Features of a stand-alone sentence (a corpus line): parsed as a one-line letter in the lexicon's language,
    /// all its sentences pooled.</summary>
    public float[] ComputeForText(string text)
    {
        var letter = LetterParser.For(_lexicon.Language).Parse(Microsoft.CodeAnalysis.Text.SourceText.From(text), "");
        var context = new MatchContext(letter.RecipientNames);
        var total = new float[Size];
        foreach (var s in letter.Sentences)
        {
            var v = Compute(s, context);
            for (int i = 0; i < Size; i++) total[i] = Math.Max(total[i], v[i]);
        }
        return total;
    }
}
