using System.Collections.Immutable;
using ToneCheck.Text;

namespace ToneCheck.Lexicons;

/// <summary>
/// What a match may depend on besides the tokens (the recipient's name words from the greeting), and the matches
/// found so far: several rules ask the same question of one sentence, so each section is matched once per sentence.
/// Make one per letter and check; like the check it serves, it is not for use by several threads at once.
/// </summary>
public sealed class MatchContext(ImmutableArray<string> recipientNames)
{
    public ImmutableArray<string> RecipientNames { get; } = recipientNames;

    private readonly Dictionary<Sentence, SentenceRow> _rows = new(ByReference.Instance);
    private Lexicon? _cachedFor;

    /// <summary>The sentence's word numbers and cached matches, made on first use.</summary>
    internal SentenceRow Row(Sentence sentence)
    {
        if (!_rows.TryGetValue(sentence, out var row)) _rows[sentence] = row = new SentenceRow(sentence);
        return row;
    }

    /// <summary>The row's cache for <paramref name="lexicon"/>, or null when the context caches for another lexicon
    /// (a context serves one letter, so one language; another lexicon asking goes uncached).</summary>
    internal LexiconRow? CacheFor(SentenceRow row, Lexicon lexicon)
    {
        _cachedFor ??= lexicon;
        if (!ReferenceEquals(_cachedFor, lexicon)) return null;
        return row.Cache ??= lexicon.NewRow(row);
    }

    // Sentences are compared as the objects they are: cheaper than any value equality, and exact here.
    private sealed class ByReference : IEqualityComparer<Sentence>
    {
        public static readonly ByReference Instance = new();

        public bool Equals(Sentence? x, Sentence? y) => ReferenceEquals(x, y);

        public int GetHashCode(Sentence sentence) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(sentence);
    }
}

/// <summary>
/// One sentence as the matcher reads it: each token's stem and form as <see cref="WordIds"/> numbers, so that
/// matching compares integers, and what one lexicon has found in it.
/// </summary>
internal sealed class SentenceRow
{
    public SentenceRow(Sentence sentence)
    {
        Sentence = sentence;
        var tokens = sentence.Tokens;
        Stems = new int[tokens.Length];
        Norms = new int[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            Norms[i] = WordIds.Find(tokens[i].Norm);
            Stems[i] = ReferenceEquals(tokens[i].Stem, tokens[i].Norm) ? Norms[i] : WordIds.Find(tokens[i].Stem);
        }
    }

    public Sentence Sentence { get; }

    /// <summary>Per token, the number of its stem, or <see cref="WordIds.None"/> when no pattern names it.</summary>
    public int[] Stems { get; }

    /// <summary>Per token, the number of its form (<see cref="Token.Norm"/>).</summary>
    public int[] Norms { get; }

    public LexiconRow? Cache { get; set; }
}

/// <summary>
/// What one lexicon knows of a sentence: the matches of each section once found (an array by section number rather
/// than a dictionary over sentence and section, since a letter asks tens of sections of every sentence), and, as a
/// bit per section, which sections have a pattern that can start at each token.
/// </summary>
internal sealed class LexiconRow(IReadOnlyList<PatternMatch>?[] found, ulong[] tokens, ulong sentence)
{
    /// <summary>Sections numbered beyond this have no bit and are always visited.</summary>
    public const int IndexedSections = 64;

    public IReadOnlyList<PatternMatch>?[] Found { get; } = found;

    /// <summary>Per token, the sections that may start a match there.</summary>
    public ulong[] Tokens { get; } = tokens;

    /// <summary>The sections that may start a match anywhere in the sentence.</summary>
    public ulong Sentence { get; } = sentence;
}
