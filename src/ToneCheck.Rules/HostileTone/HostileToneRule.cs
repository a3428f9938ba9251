using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ToneCheck.Rules.Mechanisms;
using ToneCheck.Text;
using static ToneCheck.Rules.RuleExample;

namespace ToneCheck.Rules.HostileTone;

/// <summary>TC008: profanity, shouting in capitals, sarcasm, threats, "do not contact us again".</summary>
public sealed class HostileToneRule : PhraseRule
{
    public override DiagnosticDescriptor Descriptor { get; } = Describe(RuleIds.HostileTone, "Hostile tone",
        "{0}", DiagnosticSeverity.Error,
        "Stay professional: a calm tone and professional words, no unfriendly language, even if the customer used it.");

    public override string Name => "hostile-tone";

    public override string Advice =>
        "Stay professional. A calm tone, professional words and no unfriendly language, even if the customer used it: " +
        "no swearing, no shouting in capitals, no sarcasm, no threats, no \"do not contact us again\".";

    public override ImmutableArray<RuleExample> Examples { get; } =
    [
        Flag("We've wasted enough [|damn time chasing payments|]."),
        Flag("[|DO NOT CALL THE OFFICE AGAIN|]."),
        Flag("[|Best of luck with that|]."),
        Flag("Should payment not arrive by Friday, [|we will not hesitate to take legal action|]."),
        Flag("[|Do not contact our staff or come to the building again|]."),
        Pass("Please send any questions about your account to accounts@example.com.", "how to reach the business"),
        Pass("We will send the VAT invoice and the GDPR export to your IT team.", "acronyms are not shouting"),
        Pass("We wish you the best of luck with the new venue.", "sincere good wishes"),
    ];

    protected override IReadOnlyList<string> Sections { get; } =
        ["hostile/profanity", "hostile/sarcasm", "hostile/threat", "hostile/dismissal"];

    protected override bool GuardNegation => false;

    protected override bool GuardHypothetical => false;

    public override IReadOnlyDictionary<string, string> Messages { get; } = new Dictionary<string, string>
    {
        ["message"] = "'{0}' sounds hostile.",
        ["message.hostile/profanity"] = "'{0}' swears; keep the language professional whatever the situation.",
        ["message.hostile/sarcasm"] = "'{0}' reads as sarcasm; say what you mean plainly or leave it out.",
        ["message.hostile/threat"] = "'{0}' reads as a threat; state the next step neutrally.",
        ["message.hostile/dismissal"] = "'{0}' shuts the door in the reader's face; say how remaining questions will be handled instead.",
        ["message.shouting"] = "'{0}' is written in capitals, which reads as shouting.",
        ["suggestion"] = "Say it calmly and professionally, or leave it out.",
        ["suggestion.shouting"] = "Write it in sentence case; firm words do not need capitals.",
        ["suggestion.masked"] = "Remove the swearing; state the fact calmly.",
    };

    public override void Analyze(RuleContext context)
    {
        base.Analyze(context);
        foreach (var sentence in context.Letter.Sentences)
        {
            if (sentence.Region == LetterRegion.Subject || LooksLikeTitle(sentence)) continue;
            if (ShoutedRun(context, sentence) is { } span)
                context.Report(span, SectionMessage(context, "shouting", context.Letter.Text.ToString(span)),
                    context.Say("suggestion.shouting"),
                    new SuggestedFix(span, SentenceCase(context.Letter.Text.ToString(span), startsSentence: span.Start == sentence.Span.Start)),
                    ("section", "shouting"));
            if (MaskedSwearing(sentence) is { } masked)
                context.Report(masked, SectionMessage(context, "hostile/profanity", context.Letter.Text.ToString(masked)),
                    context.Say("suggestion.masked"), ("section", "hostile/profanity"));
        }
    }

    // A run of two or more upper-case words that are not acronyms, or one upper-case emphasis word ("NEVER").
    private static TextSpan? ShoutedRun(RuleContext context, Sentence sentence)
    {
        var acronyms = context.Lexicon.Words("hostile/acronyms");
        var emphasis = context.Lexicon.Words("hostile/shout-words");
        var tokens = sentence.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!IsShout(tokens[i], acronyms)) continue;
            int j = i;
            while (j + 1 < tokens.Length && (IsShout(tokens[j + 1], acronyms) || (tokens[j + 1].Kind == TokenKind.Punctuation && j + 2 < tokens.Length && IsShout(tokens[j + 2], acronyms)))) j++;
            int words = tokens.Skip(i).Take(j - i + 1).Count(t => t.IsWord);
            // A lone word in capitals is shouting only when it is an emphasis word: "ICAEW" and "ACME" are names.
            if (words >= 2 || emphasis.Contains(tokens[i].Text)) return sentence.SpanOf(i, j);
            i = j;
        }
        return null;
    }

    // "f***ing", "s**t": a word with its letters starred out is still swearing. ICU splits it into letters and
    // asterisks, so the pattern lexicon cannot see it; the tokens are read here.
    private static TextSpan? MaskedSwearing(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        for (int i = 0; i + 2 < tokens.Length; i++)
        {
            if (!tokens[i].IsWord || tokens[i].Text.Length > 2 || tokens[i + 1].Text != "*") continue;
            int j = i + 1;
            while (j < tokens.Length && tokens[j].Text == "*" && tokens[j].Span.Start == tokens[j - 1].Span.End) j++;
            if (j - i - 1 >= 2) return sentence.SpanOf(i, j < tokens.Length && tokens[j].IsWord && tokens[j].Span.Start == tokens[j - 1].Span.End ? j : j - 1);
        }
        return null;
    }

    // "WE WILL NOT" becomes "we will not" ("We will not" at the start of a sentence); the pronoun I stays upper case.
    internal static string SentenceCase(string shouted, bool startsSentence)
    {
        var chars = shouted.ToLowerInvariant().ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            bool wordStart = i == 0 || !char.IsLetter(chars[i - 1]);
            bool wordEnd = i + 1 == chars.Length || !char.IsLetter(chars[i + 1]);
            if (chars[i] == 'i' && wordStart && wordEnd && shouted[i] == 'I') chars[i] = 'I';
        }
        int first = Array.FindIndex(chars, char.IsLetter);
        if (startsSentence && first >= 0) chars[first] = char.ToUpperInvariant(chars[first]);
        return new string(chars);
    }

    private static bool IsShout(Token t, IReadOnlyList<string> acronyms) =>
        t.IsWord && t.IsShouted && !acronyms.Contains(t.Text.TrimEnd('S', 's'));

    // "NOTICE OF TERMINATION" standing alone is a heading, not shouting.
    private static bool LooksLikeTitle(Sentence sentence) =>
        sentence.WordCount <= 6 && !sentence.Tokens.Any(t => t.Norm is "." or "!" or "?" or ",");
}
