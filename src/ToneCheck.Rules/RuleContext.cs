using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using ToneCheck.Lexicons;
using ToneCheck.Rules.Mechanisms;
using ToneCheck.Text;

namespace ToneCheck.Rules;

/// <summary>A finding before it becomes a diagnostic: where, which words, why, and the suggested rewrite.</summary>
public sealed record Finding(ToneRule Rule, TextSpan Span, string Quote, string Message, string? Suggestion,
    ImmutableDictionary<string, string> Properties);

/// <summary>What a rule sees of one letter, and where it reports.</summary>
public sealed class RuleContext
{
    private readonly List<Finding> _findings;
    private ToneRule? _current;

    /// <param name="messageLanguage">The language messages are written in (<see cref="RuleRunner.MessageLanguageFor"/>).</param>
    public RuleContext(Letter letter, Lexicon lexicon, RuleOptions options, List<Finding> sink, string messageLanguage)
    {
        Letter = letter;
        Lexicon = lexicon;
        MessageLanguage = messageLanguage;
        Options = options;
        Match = new MatchContext(letter.RecipientNames);
        Facts = new LetterFacts(letter, lexicon, Match);
        _findings = sink;
    }

    public Letter Letter { get; }
    public Lexicon Lexicon { get; }
    public RuleOptions Options { get; }
    public MatchContext Match { get; }

    /// <summary>The language of the messages and advice reported (the letter's, unless the caller chose one).</summary>
    public string MessageLanguage { get; }

    /// <summary>Facts several rules need (elements present, abusive-customer letter), computed once per letter.</summary>
    public LetterFacts Facts { get; }

    /// <summary>Runs one rule over the letter; its reports are attributed to it.</summary>
    public void Run(ToneRule rule)
    {
        _current = rule;
        try { rule.Analyze(this); }
        finally { _current = null; }
    }

    /// <summary>The running rule's message or suggestion <paramref name="key"/>, in <see cref="MessageLanguage"/>, with the quoted words filled in.</summary>
    public string Say(string key, string? quote = null) => RuleText.Fill(RuleText.Get(Current, key, MessageLanguage), quote);

    /// <summary>Words the running rule offers for the letter itself (a sentence to insert): in the letter's language, whatever language messages are in.</summary>
    public string Write(string key) => RuleText.Get(Current, key, Lexicon.Language);

    private ToneRule Current => _current ?? throw new InvalidOperationException("Rule text asked for outside a rule.");

    /// <summary>Reports words of the letter: <paramref name="message"/> is the specific message (quote and why).</summary>
    public void Report(TextSpan span, string message, string? suggestion, params (string Key, string Value)[] properties) =>
        Report(span, message, suggestion, fix: null, properties);

    /// <summary>Reports a finding that a machine can also fix: <paramref name="fix"/> is the exact edit.</summary>
    public void Report(TextSpan span, string message, string? suggestion, SuggestedFix? fix, params (string Key, string Value)[] properties)
    {
        var rule = _current ?? throw new InvalidOperationException("Report outside a rule.");
        var quote = Letter.Text.ToString(span);
        var all = fix is null ? properties : properties.Concat(fix.ToProperties());
        var props = ImmutableDictionary.CreateRange(all.Select(p => KeyValuePair.Create(p.Key, p.Value)));
        _findings.Add(new Finding(rule, span, quote, message, suggestion, props));
    }

    /// <summary>Where a missing element belongs: the closing (sign-off or last body sentence) or the opening.</summary>
    public TextSpan ClosingAnchor()
    {
        if (Letter.SignOff is { } s) return s;
        var last = Letter.BodySentences.LastOrDefault();
        return last?.Span ?? FirstLineSpan();
    }

    public TextSpan OpeningAnchor()
    {
        var first = Letter.BodySentences.FirstOrDefault();
        return first?.Span ?? FirstLineSpan();
    }

    private TextSpan FirstLineSpan() => Letter.Text.Lines.Count > 0 ? Letter.Text.Lines[0].Span : new TextSpan(0, 0);
}

/// <summary>Per-rule options (issue-level configuration reads into this); rules fall back to their defaults.</summary>
public sealed class RuleOptions
{
    private readonly IReadOnlyDictionary<string, string> _values;

    public RuleOptions(IReadOnlyDictionary<string, string>? values = null) =>
        _values = values ?? new Dictionary<string, string>();

    public static RuleOptions Default { get; } = new();

    public int GetInt(string ruleId, string name, int fallback) =>
        _values.TryGetValue($"{ruleId}.{name}", out var v) && int.TryParse(v, out var i) ? i : fallback;

    public string GetString(string ruleId, string name, string fallback) =>
        _values.TryGetValue($"{ruleId}.{name}", out var v) ? v : fallback;

    /// <summary>The key a rule option is stored under: "TC003.stacked-reasons".</summary>
    public static string Key(string ruleId, string name) => $"{ruleId}.{name}";
}
