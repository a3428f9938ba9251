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
    private readonly Dictionary<string, List<TokenPattern>> _byFirst = new(StringComparer.Ordinal);
    private readonly List<TokenPattern> _always = new();
    private readonly List<TokenPattern> _recipient = new();

    public static SectionIndex Build(ImmutableArray<TokenPattern> patterns, IReadOnlyDictionary<string, Node> classes)
    {
        var index = new SectionIndex();
        foreach (var pattern in patterns)
        {
            var first = new HashSet<string>(StringComparer.Ordinal);
            var flags = FirstWords(pattern.Root, classes, first, 0);
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
    public List<TokenPattern> Candidates(Token token, MatchContext context)
    {
        _byFirst.TryGetValue(token.Stem, out var byStem);
        List<TokenPattern>? byNorm = null;
        if (token.Norm != token.Stem) _byFirst.TryGetValue(token.Norm, out byNorm);
        var recipient = _recipient.Count > 0 && context.RecipientNames.Contains(token.Norm) ? _recipient : null;
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
    private static Start FirstWords(Node node, IReadOnlyDictionary<string, Node> classes, HashSet<string> first, int depth)
    {
        if (depth > 32) return Start.Anything; // a class that refers to itself: give up indexing, stay correct
        switch (node)
        {
            case Word w: first.Add(w.Stem); return Start.None;
            case Exact e: first.Add(e.Norm); return Start.None;
            case Any: return Start.Anything;
            case Gap: return Start.Anything;
            case Optional o: return FirstWords(o.Inner, classes, first, depth + 1) | Start.Nullable;
            case Choice c:
            {
                var flags = Start.None;
                foreach (var option in c.Options) flags |= FirstWords(option, classes, first, depth + 1);
                return flags;
            }
            case Sequence s:
            {
                var flags = Start.None;
                foreach (var item in s.Items)
                {
                    var f = FirstWords(item, classes, first, depth + 1);
                    flags |= f & ~Start.Nullable;
                    if (!f.HasFlag(Start.Nullable)) return flags;
                }
                return flags | Start.Nullable;
            }
            case ClassRef r when r.Name == "recipient": return Start.Recipient;
            case ClassRef r: return classes.TryGetValue(r.Name, out var cls) ? FirstWords(cls, classes, first, depth + 1) : Start.Anything;
            default: return Start.Anything;
        }
    }
}
