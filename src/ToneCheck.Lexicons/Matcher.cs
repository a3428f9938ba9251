using System.Collections.Immutable;
#if !NETSTANDARD2_0
using System.Numerics;
#endif
using ToneCheck.Text;
using static ToneCheck.Lexicons.TokenPattern;

namespace ToneCheck.Lexicons;

/// <summary>
/// Matcher for <see cref="TokenPattern"/> over one sentence. It computes, item by item, the set of token positions a
/// pattern can reach from a start (a sequence folds its items over the positions reached so far, so alternatives and
/// gaps never multiply the work), and reports the longest. A set of positions is a 64-bit mask over the tokens from
/// the attempt's start: a 1,000-word letter makes thousands of attempts, and masks make each step a few register
/// operations with nothing allocated. A match therefore covers at most <see cref="MaxSpan"/> tokens, far beyond any
/// phrase (the parser caps gaps well below it). Each attempt also has a step budget, so no pattern and no input can
/// make it run away: an attempt that exhausts it reports the longest end found so far.
/// </summary>
internal sealed class Matcher
{
    /// <summary>The most tokens one match can cover.</summary>
    public const int MaxSpan = 63;

    private const int StepBudget = 20_000;
    private readonly ImmutableArray<Token> _tokens;
    private readonly int[] _stems;
    private readonly int[] _norms;
    private readonly MatchContext _context;
    private int _base;
    private int _steps;

    public Matcher(SentenceRow sentence, MatchContext context)
    {
        _tokens = sentence.Sentence.Tokens;
        _stems = sentence.Stems;
        _norms = sentence.Norms;
        _context = context;
    }

    /// <summary>The end (exclusive) of the longest match of <paramref name="node"/> starting at <paramref name="start"/>, or -1.</summary>
    public int LongestMatch(Node node, int start)
    {
        _steps = 0;
        _base = start;
        ulong ends = Collect(node, start);
        return ends == 0 ? -1 : start + HighestBit(ends);
    }

    // The positions where the node can end when it starts at pos, as a mask relative to the attempt's start.
    private ulong Collect(Node node, int pos)
    {
        if (++_steps > StepBudget) return 0;
        switch (node)
        {
            case Word w:
                return pos < _tokens.Length && (_stems[pos] == w.Id || _norms[pos] == w.Id) ? Bit(pos + 1) : 0;
            case Exact e:
                return pos < _tokens.Length && _norms[pos] == e.Id ? Bit(pos + 1) : 0;
            case Any:
                return pos < _tokens.Length && _tokens[pos].Kind is TokenKind.Word or TokenKind.Number ? Bit(pos + 1) : 0;
            case Gap g:
            {
                ulong ends = Bit(pos);
                for (int n = 1; n <= g.Max; n++)
                {
                    if (pos + n - 1 >= _tokens.Length || IsClauseEnd(_tokens[pos + n - 1])) break;
                    ends |= Bit(pos + n);
                }
                return ends;
            }
            case Optional o:
                return Collect(o.Inner, pos) | Bit(pos);
            case Sequence s:
            {
                ulong current = Bit(pos);
                foreach (var item in s.Items)
                {
                    ulong next = 0;
                    for (ulong rest = current; rest != 0; rest &= rest - 1)
                        next |= Collect(item, _base + LowestBit(rest));
                    current = next;
                    if (current == 0) break;
                }
                return current;
            }
            case Choice c:
            {
                ulong ends = pos < _tokens.Length && c.Split.Matches(_stems[pos], _norms[pos]) ? Bit(pos + 1) : 0;
                foreach (var option in c.Split.Others) ends |= Collect(option, pos);
                return ends;
            }
            case ClassRef { IsRecipient: true }:
                return pos < _tokens.Length && _context.RecipientNames.Contains(_tokens[pos].Norm) ? Bit(pos + 1) : 0;
            case ClassRef r:
                return Collect(r.Definition, pos);
            default:
                throw new InvalidOperationException(node.GetType().Name);
        }
    }

    // A position past the window cannot end a match: its bit is dropped.
    private ulong Bit(int position)
    {
        int offset = position - _base;
        return offset <= MaxSpan ? 1UL << offset : 0;
    }

#if NETSTANDARD2_0
    // The analyzer's target has no bit-scan intrinsics; masks are short, so a loop will do there.
    private static int HighestBit(ulong mask) { int n = 0; while ((mask >>= 1) != 0) n++; return n; }
    private static int LowestBit(ulong mask) { int n = 0; while ((mask & 1) == 0) { mask >>= 1; n++; } return n; }
#else
    private static int HighestBit(ulong mask) => 63 - BitOperations.LeadingZeroCount(mask);
    private static int LowestBit(ulong mask) => BitOperations.TrailingZeroCount(mask);
#endif

    private static bool IsClauseEnd(Token t) => t.Kind == TokenKind.Punctuation && t.Norm is "." or "!" or "?" or ";";
}
