using System.Collections.Immutable;
using ToneCheck.Text;
using static ToneCheck.Lexicons.TokenPattern;

namespace ToneCheck.Lexicons;

/// <summary>
/// Backtracking matcher for <see cref="TokenPattern"/> over one sentence. Each attempt has a step budget, so no
/// pattern and no input can make it run away: a pattern that exhausts the budget simply does not match there.
/// </summary>
internal sealed class Matcher
{
    private const int StepBudget = 20_000;
    private readonly ImmutableArray<Token> _tokens;
    private readonly IReadOnlyDictionary<string, Node> _classes;
    private readonly MatchContext _context;
    private int _steps;

    public Matcher(ImmutableArray<Token> tokens, IReadOnlyDictionary<string, Node> classes, MatchContext context)
    {
        _tokens = tokens;
        _classes = classes;
        _context = context;
    }

    /// <summary>The end (exclusive) of the longest match of <paramref name="node"/> starting at <paramref name="start"/>, or -1.</summary>
    public int LongestMatch(Node node, int start)
    {
        _steps = 0;
        int best = -1;
        Match(node, start, end =>
        {
            if (end > best) best = end;
            return false; // keep exploring for a longer match
        });
        return best;
    }

    // Continuation-passing: k receives each end position a node can reach; returning true stops the search.
    private bool Match(Node node, int pos, Func<int, bool> k)
    {
        if (++_steps > StepBudget) return true;
        switch (node)
        {
            case Word w:
                return pos < _tokens.Length && (_tokens[pos].Stem == w.Stem || _tokens[pos].Norm == w.Stem) && k(pos + 1);
            case Exact e:
                return pos < _tokens.Length && _tokens[pos].Norm == e.Norm && k(pos + 1);
            case Any:
                return pos < _tokens.Length && _tokens[pos].Kind is TokenKind.Word or TokenKind.Number && k(pos + 1);
            case Gap g:
                for (int n = 0; n <= g.Max; n++)
                {
                    if (n > 0 && (pos + n - 1 >= _tokens.Length || IsClauseEnd(_tokens[pos + n - 1]))) break;
                    if (k(pos + n)) return true;
                }
                return false;
            case Optional o:
                return Match(o.Inner, pos, k) || k(pos);
            case Sequence s:
                return MatchSequence(s.Items, 0, pos, k);
            case Choice c:
                foreach (var option in c.Options)
                    if (Match(option, pos, k)) return true;
                return false;
            case ClassRef r when r.Name == "recipient":
                return pos < _tokens.Length && _context.RecipientNames.Contains(_tokens[pos].Norm) && k(pos + 1);
            case ClassRef r:
                return _classes.TryGetValue(r.Name, out var cls)
                    ? Match(cls, pos, k)
                    : throw new KeyNotFoundException($"Word class '@{r.Name}' is not defined in classes.txt.");
            default:
                throw new InvalidOperationException(node.GetType().Name);
        }
    }

    private bool MatchSequence(ImmutableArray<Node> items, int index, int pos, Func<int, bool> k) =>
        index == items.Length ? k(pos) : Match(items[index], pos, next => MatchSequence(items, index + 1, next, k));

    private static bool IsClauseEnd(Token t) => t.Kind == TokenKind.Punctuation && t.Norm is "." or "!" or "?" or ";";
}
