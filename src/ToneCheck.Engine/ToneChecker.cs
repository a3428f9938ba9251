using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ToneCheck.Lexicons;
using ToneCheck.Ml;
using ToneCheck.Rules;
using ToneCheck.Text;

namespace ToneCheck.Engine;

/// <summary>The result of checking one letter: the parsed letter and its diagnostics in document order.</summary>
public sealed record CheckResult(string Path, Letter Letter, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The letter's language (en, cy, ms, vi, tl), found before any rule ran, or forced by the caller.</summary>
    public string Language { get; init; } = LanguageIdentifier.English;

    /// <summary>Set by a front end that extracted the text from a container (an email); null for a plain letter.</summary>
    public LetterSource? Source { get; init; }

    public SourceText Text => Letter.Text;
}

/// <summary>
/// The pipeline: parse the letter (structure, sentences, tokens), run every enabled rule, resolve overlaps
/// between rules (RULES.md: the stronger rule wins on a span), and report Roslyn diagnostics with exact
/// locations. Thread-safe; one instance serves any number of letters.
/// </summary>
public sealed class ToneChecker
{
    private readonly ImmutableArray<ToneRule> _rules;
    private readonly Lexicon _lexicon;
    private readonly RuleOptions _options;
    private readonly IReadOnlyDictionary<string, ReportDiagnostic> _severities;
    private readonly Hybrid? _hybrid;
    private readonly CheckMode _mode;
    private readonly string? _language;

    /// <param name="model">The sentence classifier; null checks with the rules alone.</param>
    /// <param name="mode">With a model: hybrid (default), or the model alone for measurement.</param>
    public ToneChecker(IEnumerable<ToneRule>? rules = null, RuleOptions? options = null,
        IReadOnlyDictionary<string, ReportDiagnostic>? severities = null, SentenceModel? model = null, CheckMode mode = CheckMode.Hybrid,
        string? language = null)
    {
        _language = language;
        _rules = (rules ?? RuleCatalog.All).ToImmutableArray();
        _lexicon = Lexicon.English;
        _options = options ?? RuleOptions.Default;
        _severities = severities ?? new Dictionary<string, ReportDiagnostic>();
        _hybrid = model is null ? null : new Hybrid(model, _lexicon);
        _mode = model is null ? CheckMode.RulesOnly : mode;
    }

    private ToneChecker(ToneChecker from, IReadOnlyDictionary<string, ReportDiagnostic> severities, string? language)
    {
        _rules = from._rules;
        _lexicon = from._lexicon;
        _options = from._options;
        _hybrid = from._hybrid;
        _mode = from._mode;
        _severities = severities;
        _language = language;
    }

    /// <summary>
    /// The same checker (rules, options, the already loaded model) with other severity overrides and language, for
    /// a caller that configures each letter differently; cheap, as nothing is loaded again.
    /// </summary>
    public ToneChecker With(IReadOnlyDictionary<string, ReportDiagnostic> severities, string? language) => new(this, severities, language);

    /// <summary>Whether the classifier takes part in this checker's findings.</summary>
    public CheckMode Mode => _mode;

    public ImmutableArray<ToneRule> Rules => _rules;

    public CheckResult Check(string text, string path = "") => Check(SourceText.From(text), path);

    /// <param name="cancellationToken">Checked between the stages and between rules, so a caller with a deadline can stop a long check.</param>
    public CheckResult Check(SourceText text, string path = "", CancellationToken cancellationToken = default)
    {
        var letter = Letter.Parse(text, path);
        cancellationToken.ThrowIfCancellationRequested();
        // The language is decided before any rule runs: the rules and the model read English only, and on
        // another language they would produce noise, so such a letter gets one informational diagnostic.
        var language = _language ?? LanguageIdentifier.Identify(text.ToString()).Language;
        if (language != LanguageIdentifier.English)
            return new CheckResult(path, letter, [UnsupportedLanguage.Create(letter, path, language)]) { Language = language };
        var findings = new List<Finding>();
        var context = new RuleContext(letter, _lexicon, _options, findings);
        var active = _rules.Where(r => SeverityOf(r) is not null).ToList();
        foreach (var rule in active)
        {
            cancellationToken.ThrowIfCancellationRequested();
            context.Run(rule);
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (_hybrid is not null && _mode != CheckMode.RulesOnly)
            findings = _hybrid.Combine(_mode, context, findings, active);
        var kept = Overlaps.Resolve(findings);
        var diagnostics = kept
            .OrderBy(f => f.Span.Start).ThenBy(f => f.Rule.Id)
            .Select(f => ToDiagnostic(f, letter, path))
            .ToImmutableArray();
        return new CheckResult(path, letter, diagnostics) { Language = language };
    }

    private DiagnosticSeverity? SeverityOf(ToneRule rule)
    {
        if (!_severities.TryGetValue(rule.Id, out var report)) return rule.Descriptor.DefaultSeverity;
        return report switch
        {
            ReportDiagnostic.Suppress => null,
            ReportDiagnostic.Error => DiagnosticSeverity.Error,
            ReportDiagnostic.Warn => DiagnosticSeverity.Warning,
            ReportDiagnostic.Info => DiagnosticSeverity.Info,
            ReportDiagnostic.Hidden => DiagnosticSeverity.Hidden,
            _ => rule.Descriptor.DefaultSeverity,
        };
    }

    private Diagnostic ToDiagnostic(Finding f, Letter letter, string path)
    {
        var lineSpan = letter.Text.Lines.GetLinePositionSpan(f.Span);
        var location = Location.Create(path, f.Span, lineSpan);
        var properties = f.Properties
            .SetItem(DiagnosticProperties.Kind, f.Rule.Kind == RuleKind.Line ? "line" : "document")
            .SetItem(DiagnosticProperties.Source, f.Properties.GetValueOrDefault(DiagnosticProperties.Source) ?? "rules")
            .SetItem(DiagnosticProperties.Text, f.Quote)
            .SetItem(DiagnosticProperties.Rule, f.Rule.Name);
        if (f.Suggestion is not null) properties = properties.SetItem(DiagnosticProperties.Suggestion, f.Suggestion);
        var severity = SeverityOf(f.Rule) ?? f.Rule.Descriptor.DefaultSeverity;
        return Diagnostic.Create(f.Rule.Descriptor, location, severity, additionalLocations: null,
            properties: properties.ToImmutableDictionary(kv => kv.Key, kv => (string?)kv.Value), messageArgs: [f.Message]);
    }
}

/// <summary>Keys of the properties every ToneCheck diagnostic carries.</summary>
public static class DiagnosticProperties
{
    /// <summary>"line" or "document".</summary>
    public const string Kind = "kind";

    /// <summary>Which part of the pipeline produced the finding ("rules").</summary>
    public const string Source = "source";

    /// <summary>The offending text (for document rules, the text at the anchor).</summary>
    public const string Text = "text";

    /// <summary>The suggested rewrite, or for a missing element the sentence to add.</summary>
    public const string Suggestion = "suggestion";

    /// <summary>The rule's short name ("blame"), so a report can name rules that are not in the catalogue (a pack's).</summary>
    public const string Rule = "rule";
}
