using ToneCheck.Lexicons;
using ToneCheck.Text;

namespace ToneCheck.Rules.Mechanisms;

/// <summary>
/// Element presence, computed once per letter and shared by the rules that need it (thanks, referral, finality,
/// next steps, goodwill, apology; good wishes and the abusive-customer context for the referral exception).
/// An element is present in a sentence when a <c>present</c> pattern matches and no <c>formulaic</c> pattern of
/// the same file covers that match; negated or hedged mentions do not count.
/// </summary>
public sealed class LetterFacts
{
    private readonly Letter _letter;
    private readonly Lexicon _lexicon;
    private readonly MatchContext _match;
    private readonly Dictionary<(string Key, bool CountNegated), Sentence?> _first = new();

    public LetterFacts(Letter letter, Lexicon lexicon, MatchContext match)
    {
        _letter = letter;
        _lexicon = lexicon;
        _match = match;
    }

    /// <summary>The first sentence of the writer's text that carries <paramref name="key"/> (e.g. <c>thanks/present</c>), or null.</summary>
    public Sentence? FirstWith(string key, bool countNegated = false)
    {
        if (_first.TryGetValue((key, countNegated), out var found)) return found;
        foreach (var sentence in _letter.Sentences)
            if (Carries(sentence, key, countNegated)) { found = sentence; break; }
        return _first[(key, countNegated)] = found;
    }

    public bool Has(string key) => FirstWith(key) is not null;

    /// <summary>The letter is to a customer let go for abusing or threatening staff.</summary>
    public bool IsAbusiveCustomer => Has("referral/abuse-context");

    public bool Carries(Sentence sentence, string key, bool countNegated = false)
    {
        var formulaicKey = FormulaicKey(key);
        var formulaic = _lexicon.HasSection(formulaicKey) ? _lexicon.Find(sentence, formulaicKey, _match) : [];
        foreach (var m in _lexicon.Find(sentence, key, _match))
        {
            if (formulaic.Any(f => f.Start <= m.Start && f.End > m.Start)) continue;
            if (!countNegated && NegatedBefore(sentence, m)) continue;
            return true;
        }
        return false;
    }

    // "thanks/present" -> "thanks/formulaic", made once per key rather than per sentence.
    private readonly Dictionary<string, string> _formulaicKeys = new(StringComparer.Ordinal);

    private string FormulaicKey(string key)
    {
        if (!_formulaicKeys.TryGetValue(key, out var formulaic))
            _formulaicKeys[key] = formulaic = key[..key.IndexOf('/')] + "/formulaic";
        return formulaic;
    }

    private bool NegatedBefore(Sentence sentence, PatternMatch m) =>
        Scope.AnyCue(_lexicon, _match, sentence, Clause.Start(_lexicon, sentence, m.Start), m.Start, "negation/cues");
}
