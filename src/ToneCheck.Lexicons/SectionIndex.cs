using System.Collections.Immutable;
using ToneCheck.Text;
using static ToneCheck.Lexicons.TokenPattern;

namespace ToneCheck.Lexicons;

/// <summary>
/// Which patterns of a section can start at a token: each pattern's possible first words are worked out once
/// (through alternatives, optional items and word classes), so a sentence is matched only against the few
/// patterns whose first word it holds. Patterns that can start with anything (a gap, <c>*</c>, the recipient's
/// name) are always tried.
/// </summary>
internal sealed class SectionIndex
{
    private readonly Dictionary<int, List<TokenPattern>> _byFirst = new();
    private readonly List<TokenPattern> _always = new();
    private readonly List<TokenPattern> _recipient = new();

    /// <summary>The number of a pattern set whose matches are not kept per letter (a rule pack's).</summary>
    public const int Uncached = -1;

    private SectionIndex(int number) => Number = number;

    /// <summary>The section's place among its lexicon's sections, under which a letter's matches are kept.</summary>
    public int Number { get; }

    /// <summary>The words that can start one of the section's patterns.</summary>
    public IEnumerable<int> StartWords => _byFirst.Keys;

    /// <summary>Whether some pattern can start at a token not known in advance (a gap, <c>*</c>, the recipient's name).</summary>
    public bool StartsAnywhere => _always.Count > 0 || _recipient.Count > 0;

    public static SectionIndex Build(ImmutableArray<TokenPattern> patterns, int number)
    {
        var index = new SectionIndex(number);
        foreach (var pattern in patterns)
        {
            var first = new HashSet<int>();
            var flags = FirstWords(pattern.Root, first, 0);
            if (flags.HasFlag(Start.Anything)) { index._always.Add(pattern); continue; }
            if (flags.HasFlag(Start.Recipient)) index._recipient.Add(pattern);
            foreach (var word in first)
            {
                if (!index._byFirst.TryGetValue(word, out var list)) index._byFirst[word] = list = new List<TokenPattern>();
                if (!list.Contains(pattern)) list.Add(pattern);
            }
        }
        return index;
    }

    private static readonly List<TokenPattern> None = [];

    /// <summary>The patterns that may start at <paramref name="token"/>; a list, so that the caller's loop over it
    /// allocates nothing (it runs for every token of every section).</summary>
    public List<TokenPattern> Candidates(SentenceRow sentence, int position, MatchContext context)
    {
        int stem = sentence.Stems[position], norm = sentence.Norms[position];
        List<TokenPattern>? byStem = null, byNorm = null;
        if (stem != WordIds.None) _byFirst.TryGetValue(stem, out byStem);
        if (norm != stem && norm != WordIds.None) _byFirst.TryGetValue(norm, out byNorm);
        var recipient = _recipient.Count > 0 && context.RecipientNames.Contains(sentence.Sentence.Tokens[position].Norm) ? _recipient : null;
        // Most tokens start patterns from one list or none: hand it over as it is. Only several lists need the
        // de-duplication (and its allocation), which a 1,000-word letter would otherwise pay per token and section.
        int sources = (_always.Count > 0 ? 1 : 0) + (byStem is { Count: > 0 } ? 1 : 0) + (byNorm is { Count: > 0 } ? 1 : 0) + (recipient is not null ? 1 : 0);
        if (sources == 0) return None;
        if (sources > 1) return Merged(byStem, byNorm, recipient);
        return _always.Count > 0 ? _always : byStem is { Count: > 0 } ? byStem : byNorm is { Count: > 0 } ? byNorm : recipient!;
    }

    private List<TokenPattern> Merged(List<TokenPattern>? byStem, List<TokenPattern>? byNorm, List<TokenPattern>? recipient)
    {
        var merged = new List<TokenPattern>(_always);
        // TokenPattern keeps object equality, so Contains compares references; the lists are short.
        foreach (var list in new[] { byStem, byNorm, recipient })
            if (list is not null)
                foreach (var p in list)
                    if (!merged.Contains(p)) merged.Add(p);
        return merged;
    }

    [Flags]
    private enum Start { None = 0, Nullable = 1, Anything = 2, Recipient = 4 }

    // Adds the words a node can begin with; the flags say whether it can match nothing (so what follows can
    // begin the match too), can begin with any token, or with the recipient's name.
    private static Start FirstWords(Node node, HashSet<int> first, int depth)
    {
        if (depth > 32) return Start.Anything; // a class that refers to itself: give up indexing, stay correct
        switch (node)
        {
            case Word w: first.Add(w.Id); return Start.None;
            case Exact e: first.Add(e.Id); return Start.None;
            case Any: return Start.Anything;
            case Gap: return Start.Anything;
            case Optional o: return FirstWords(o.Inner, first, depth + 1) | Start.Nullable;
            case Choice c:
            {
                var flags = Start.None;
                foreach (var option in c.Options) flags |= FirstWords(option, first, depth + 1);
                return flags;
            }
            case Sequence s:
            {
                var flags = Start.None;
                foreach (var item in s.Items)
                {
                    var f = FirstWords(item, first, depth + 1);
                    flags |= f & ~Start.Nullable;
                    if (!f.HasFlag(Start.Nullable)) return flags;
                }
                return flags | Start.Nullable;
            }
            case ClassRef { IsRecipient: true }: return Start.Recipient;
            case ClassRef r: return r.Slot.Node is { } cls ? FirstWords(cls, first, depth + 1) : Start.Anything;
            default: return Start.Anything;
        }
    }
}
