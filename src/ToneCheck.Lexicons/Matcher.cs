using System.Collections.Immutable;
using ToneCheck.Text;
using static ToneCheck.Lexicons.TokenPattern;

namespace ToneCheck.Lexicons;

/// <summary>
/// Matcher for <see cref="TokenPattern"/> over one sentence. It computes, item by item, the set of token positions a
/// pattern can reach from a start (a sequence folds its items over the positions reached so far, deduplicated, so
/// alternatives and gaps never multiply the work), and reports the longest. Lists come from a pool kept in the
/// letter's <see cref="MatchContext"/>, since a 1,000-word letter makes tens of thousands of attempts. Each attempt has a step budget, so no pattern and no input
/// can make it run away: an attempt that exhausts it reports the longest end found so far.
/// </summary>
internal sealed class Matcher
{
    private const int StepBudget = 20_000;
    private readonly ImmutableArray<Token> _tokens;
    private readonly IReadOnlyDictionary<string, Node> _classes;
    private readonly MatchContext _context;
    private readonly Stack<List<int>> _pool;
    private int _steps;

    public Matcher(ImmutableArray<Token> tokens, IReadOnlyDictionary<string, Node> classes, MatchContext context)
    {
        _tokens = tokens;
        _classes = classes;
        _context = context;
        _pool = context.ListPool;
    }

    /// <summary>The end (exclusive) of the longest match of <paramref name="node"/> starting at <paramref name="start"/>, or -1.</summary>
    public int LongestMatch(Node node, int start)
    {
        _steps = 0;
        var ends = Rent();
        Collect(node, start, ends);
        int best = -1;
        foreach (int end in ends) if (end > best) best = end;
        Return(ends);
        return best;
    }

    // Adds every position where the node can end when it starts at pos (duplicates allowed; sequences remove them).
    private void Collect(Node node, int pos, List<int> ends)
    {
        if (++_steps > StepBudget) return;
        switch (node)
        {
            case Word w:
                if (pos < _tokens.Length && (_tokens[pos].Stem == w.Stem || _tokens[pos].Norm == w.Stem)) ends.Add(pos + 1);
                return;
            case Exact e:
                if (pos < _tokens.Length && _tokens[pos].Norm == e.Norm) ends.Add(pos + 1);
                return;
            case Any:
                if (pos < _tokens.Length && _tokens[pos].Kind is TokenKind.Word or TokenKind.Number) ends.Add(pos + 1);
                return;
            case Gap g:
                for (int n = 0; n <= g.Max; n++)
                {
                    if (n > 0 && (pos + n - 1 >= _tokens.Length || IsClauseEnd(_tokens[pos + n - 1]))) break;
                    ends.Add(pos + n);
                }
                return;
            case Optional o:
                Collect(o.Inner, pos, ends);
                ends.Add(pos);
                return;
            case Sequence s:
                CollectSequence(s.Items, pos, ends);
                return;
            case Choice c:
                if (pos < _tokens.Length && c.Split.Matches(_tokens[pos])) ends.Add(pos + 1);
                foreach (var option in c.Split.Others) Collect(option, pos, ends);
                return;
            case ClassRef r when r.Name == "recipient":
                if (pos < _tokens.Length && _context.RecipientNames.Contains(_tokens[pos].Norm)) ends.Add(pos + 1);
                return;
            case ClassRef r:
                if (!_classes.TryGetValue(r.Name, out var cls)) throw new KeyNotFoundException($"Word class '@{r.Name}' is not defined in classes.txt.");
                Collect(cls, pos, ends);
                return;
            default:
                throw new InvalidOperationException(node.GetType().Name);
        }
    }

    private void CollectSequence(ImmutableArray<Node> items, int start, List<int> ends)
    {
        var current = Rent();
        current.Add(start);
        foreach (var item in items)
        {
            var next = Rent();
            current.Sort();
            for (int i = 0; i < current.Count; i++)
                if (i == 0 || current[i] != current[i - 1]) Collect(item, current[i], next);
            Return(current);
            current = next;
            if (current.Count == 0) break;
        }
        ends.AddRange(current);
        Return(current);
    }

    private List<int> Rent() => _pool.Count > 0 ? _pool.Pop() : new List<int>(8);

    private void Return(List<int> list)
    {
        list.Clear();
        _pool.Push(list);
    }

    private static bool IsClauseEnd(Token t) => t.Kind == TokenKind.Punctuation && t.Norm is "." or "!" or "?" or ";";
}
