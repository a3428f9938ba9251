using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ToneCheck.Rules.Mechanisms;
using ToneCheck.Text;
using static ToneCheck.Rules.RuleExample;

namespace ToneCheck.Rules.OverJustification;

/// <summary>
/// TC003: the decision defended at length. Three shapes: a defensive phrase ("we had no choice"), a grievance
/// list (list items that are complaints, with the sentence that introduces them), and a paragraph that stacks
/// several reasons.
/// </summary>
public sealed class OverJustificationRule : PhraseRule
{
    public override DiagnosticDescriptor Descriptor { get; } = Describe(RuleIds.OverJustification, "Over-justification",
        "{0}", DiagnosticSeverity.Warning,
        "Be honest but brief: one clear, general reason; a list of grievances or a defence of the decision only makes it worse.");

    public override string Name => "over-justification";

    public override string Advice =>
        "Do not over-justify. Give a clear, general reason (\"we can no longer accommodate your needs\", \"we are not " +
        "the right fit\") rather than a list of grievances or a defence of the decision. Justifying only makes it worse; " +
        "keep the letter short, clear and classy.";

    public override ImmutableArray<RuleExample> Examples { get; } =
    [
        Flag("[|As we have explained many times|], the retainer covers social content only."),
        Flag("In the end [|we had no choice|]."),
        Flag("I have [|bent over backwards to accommodate every change|]."),
        Flag("[|We've reached this decision for the following reasons:\n- the invoices of 3 May, 7 June and 2 July were paid late;\n- the brief was rewritten four times after sign-off;\n- repeated requests for work outside the agreed scope|]."),
        Pass("As we discussed on the phone, the agreement ends on 30 June.", "a single reminder is not a defence"),
        Pass("To make the handover easy:\n- we will send all files by Friday;\n- the final invoice will follow on 30 June;\n- our last visit is on 28 June.", "a list of next steps"),
        Pass("We are no longer the right fit for the work you need."),
    ];

    protected override IReadOnlyList<string> Sections { get; } = ["justification/defensive"];

    protected override bool GuardNegation => false;

    protected override bool GuardHypothetical => false;

    public override IReadOnlyDictionary<string, string> Messages { get; } = new Dictionary<string, string>
    {
        ["message"] = "'{0}' defends the decision; a short, general reason is firmer than a justification.",
        ["message.list"] = "'{0}' lists grievances to defend the decision; one general reason is enough.",
        ["message.stack"] = "'{0}' stacks reason upon reason; one clear, general reason reads as firmer and kinder.",
        ["suggestion"] = "Keep the reason to one short, general sentence: \"we are no longer the right fit for this work\".",
    };

    private static readonly RuleOption ListItems = RuleOption.Number("grievance-list-items", 3, 2,
        "How many list items, most of them complaints, make a grievance list.");

    private static readonly RuleOption StackedReasons = RuleOption.Number("stacked-reasons", 5, 2,
        "How many reasons (reason words, and clauses counted two commas to one) in one paragraph of 45 words or more make it over-justified.");

    public override IReadOnlyList<RuleOption> Options => [StackedReasons, ListItems];

    public override void Analyze(RuleContext context)
    {
        base.Analyze(context);
        ReportGrievanceLists(context);
        ReportStackedReasons(context);
    }

    // Consecutive list items, at least MinItems of them, most of which read as complaints; the finding runs from
    // the sentence that introduces the list to the last item.
    private void ReportGrievanceLists(RuleContext context)
    {
        int minItems = context.Options.GetInt(Id, ListItems.Name, int.Parse(ListItems.Default));
        var paragraphs = context.Letter.Paragraphs;
        int i = 0;
        while (i < paragraphs.Length)
        {
            if (!paragraphs[i].IsListItem) { i++; continue; }
            int j = i;
            while (j < paragraphs.Length && paragraphs[j].IsListItem) j++;
            var items = paragraphs.Skip(i).Take(j - i).ToList();
            int grievances = items.Count(p => p.Sentences.Any(s => IsGrievance(context, s)));
            var leadIn = i > 0 && !paragraphs[i - 1].IsListItem && paragraphs[i - 1].Sentences.Length > 0 ? paragraphs[i - 1].Sentences[^1] : null;
            // A list introduced as reasons ("Here's why:", "This decision follows:") is a grievance list whatever its items say.
            bool reasonsLeadIn = leadIn is not null && leadIn.Tokens[^1].Norm == ":"
                && context.Lexicon.Contains(leadIn, "justification/list-lead", context.Match);
            if ((items.Count >= minItems && grievances * 2 > items.Count) || (reasonsLeadIn && items.Count >= 2))
            {
                int start = items[0].Span.Start;
                if (leadIn is not null) start = leadIn.Span.Start;
                var lastSentence = items[^1].Sentences[^1];
                int lastWord = lastSentence.Tokens.Length - 1;
                while (lastWord > 0 && lastSentence.Tokens[lastWord].Kind == TokenKind.Punctuation) lastWord--;
                var span = TextSpan.FromBounds(start, lastSentence.Tokens[lastWord].Span.End);
                context.Report(span, SectionMessage(context, "list", Quote.Shorten(context.Letter.Text.ToString(span))), context.Say("suggestion"), ("section", "list"));
            }
            i = j;
        }
    }

    private static bool IsGrievance(RuleContext context, Sentence sentence) =>
        context.Lexicon.Contains(sentence, "justification/grievance", context.Match)
        && !sentence.Tokens.Any(t => t.Norm is "will" or "shall");

    // A prose paragraph that stacks reasons: many reason markers, several clauses, and no list.
    private void ReportStackedReasons(RuleContext context)
    {
        int minReasons = context.Options.GetInt(Id, StackedReasons.Name, int.Parse(StackedReasons.Default));
        foreach (var paragraph in context.Letter.Paragraphs)
        {
            if (paragraph.IsListItem || paragraph.Region != LetterRegion.Body) continue;
            int markers = paragraph.Sentences.Sum(s => context.Lexicon.Find(s, "justification/reason-markers", context.Match).Count);
            int commas = paragraph.Sentences.Sum(s => s.Tokens.Count(t => t.Norm is "," or ";"));
            int reasons = markers + commas / 2;
            if (reasons < minReasons || paragraph.WordCount < 45) continue;
            if (paragraph.Sentences.Any(s => context.Lexicon.Contains(s, "justification/defensive", context.Match))) continue; // already reported
            var span = paragraph.Span;
            context.Report(span, SectionMessage(context, "stack", Quote.Shorten(context.Letter.Text.ToString(span))), context.Say("suggestion"), ("section", "stack"));
        }
    }

}
