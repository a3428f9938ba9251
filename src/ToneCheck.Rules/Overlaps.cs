using Microsoft.CodeAnalysis.Text;

namespace ToneCheck.Rules;

/// <summary>
/// Where rules overlap, the stronger one wins on a span (RULES.md): a sentence that attacks the person is TC002,
/// not also TC001; two findings of one rule on the same words are one finding. Spans are kept sorted per rule,
/// so a long letter with thousands of findings resolves in n log n.
/// </summary>
internal static class Overlaps
{
    private static readonly (string Stronger, string Weaker)[] Precedence =
    [
        (RuleIds.PersonalAttack, RuleIds.Blame),
        (RuleIds.OverJustification, RuleIds.Blame),
    ];

    public static List<Finding> Resolve(List<Finding> findings)
    {
        var byRule = findings.GroupBy(f => f.Rule.Id)
            .ToDictionary(g => g.Key, g => new SpanSet(g.Select(f => f.Span)));
        var kept = new List<Finding>();
        var keptByRule = new Dictionary<string, List<TextSpan>>();
        foreach (var f in findings.OrderBy(f => f.Span.Start))
        {
            bool beaten = Precedence.Any(p => p.Weaker == f.Rule.Id && byRule.TryGetValue(p.Stronger, out var stronger) && stronger.Overlaps(f.Span));
            if (beaten) continue;
            if (!keptByRule.TryGetValue(f.Rule.Id, out var mine)) keptByRule[f.Rule.Id] = mine = new List<TextSpan>();
            // Findings arrive in start order, so a duplicate can only overlap the last kept span of its rule.
            if (mine.Count > 0 && mine[^1].OverlapsWith(f.Span)) continue;
            mine.Add(f.Span);
            kept.Add(f);
        }
        return kept;
    }

    private sealed class SpanSet
    {
        private readonly TextSpan[] _spans;
        private readonly int[] _maxEnd;

        public SpanSet(IEnumerable<TextSpan> spans)
        {
            _spans = spans.OrderBy(s => s.Start).ToArray();
            _maxEnd = new int[_spans.Length];
            for (int i = 0; i < _spans.Length; i++) _maxEnd[i] = Math.Max(i > 0 ? _maxEnd[i - 1] : 0, _spans[i].End);
        }

        // Any span starting before the query's end whose end (running max) passes the query's start overlaps it.
        public bool Overlaps(TextSpan query)
        {
            int lo = 0, hi = _spans.Length - 1, last = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) / 2;
                if (_spans[mid].Start < query.End) { last = mid; lo = mid + 1; }
                else hi = mid - 1;
            }
            if (last < 0) return false;
            for (int i = last; i >= 0 && _maxEnd[i] > query.Start; i--)
                if (_spans[i].OverlapsWith(query)) return true;
            return false;
        }
    }
}
