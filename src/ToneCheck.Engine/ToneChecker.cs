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

    /// <summary>The language the messages and advice are written in: the letter's own, unless the checker chose one
    /// (English for a letter in a language ToneCheck does not read).</summary>
    public string MessageLanguage { get; init; } = LanguageIdentifier.English;

    /// <summary>Set by a front end that extracted the text from a container (an email); null for a plain letter.</summary>
    public LetterSource? Source { get; init; }

    public SourceText Text => Letter.Text;
}

/// <summary>
/// The pipeline: parse the letter (structure, sentences, tokens), identify its language, then check it with the
/// rules and, when a model is given, the classifier (<see cref="RuleRunner"/> runs the rules, resolves overlaps
/// between them and reports Roslyn diagnostics with exact locations). Thread-safe; one instance serves any number
/// of letters.
/// </summary>
public sealed class ToneChecker
{
    private readonly ImmutableArray<ToneRule> _rules;
    private readonly RuleOptions _options;
    private readonly RuleRunner _runner;
    private readonly Hybrid? _hybrid;
    private readonly CheckMode _mode;
    private readonly string? _language;
    private readonly IReadOnlyDictionary<string, ReportDiagnostic> _severities;

    /// <param name="model">The sentence classifier; null checks with the rules alone.</param>
    /// <param name="mode">With a model: hybrid (default), or the model alone for measurement.</param>
    /// <param name="language">The letters' language; null detects each letter's.</param>
    /// <param name="messages">The language of messages and advice (<see cref="RuleText.Languages"/>); null writes each
    /// letter's in its own language.</param>
    public ToneChecker(IEnumerable<ToneRule>? rules = null, RuleOptions? options = null,
        IReadOnlyDictionary<string, ReportDiagnostic>? severities = null, SentenceModel? model = null, CheckMode mode = CheckMode.Hybrid,
        string? language = null, string? messages = null)
    {
        _language = language;
        _rules = (rules ?? RuleCatalog.All).ToImmutableArray();
        _options = options ?? RuleOptions.Default;
        _severities = severities ?? new Dictionary<string, ReportDiagnostic>();
        _runner = new RuleRunner(_rules, _options, _severities, messages);
        // The model's rule features are read with the lexicon of the language it was trained on.
        _hybrid = model is null ? null : new Hybrid(model, Lexicon.For(model.Card.ReadsLanguage));
        _mode = model is null ? CheckMode.RulesOnly : mode;
    }

    private ToneChecker(ToneChecker from, IReadOnlyDictionary<string, ReportDiagnostic> severities, string? language, string? messages)
    {
        _rules = from._rules;
        _options = from._options;
        _severities = severities;
        _runner = new RuleRunner(_rules, _options, severities, messages);
        _hybrid = from._hybrid;
        _mode = from._mode;
        _language = language;
    }

    /// <summary>
    /// The same checker (rules, options, the already loaded model) with other severity overrides, language and
    /// messages' language, for a caller that configures each letter differently; cheap, as nothing is loaded again.
    /// </summary>
    public ToneChecker With(IReadOnlyDictionary<string, ReportDiagnostic> severities, string? language, string? messages) =>
        new(this, severities, language, messages);

    /// <summary>The severity overrides this checker applies (rules not listed keep their defaults).</summary>
    public IReadOnlyDictionary<string, ReportDiagnostic> Severities => _severities;

    /// <summary>The language this checker forces, or null when it detects each letter's.</summary>
    public string? Language => _language;

    /// <summary>The language this checker writes messages in, or null for each letter's own.</summary>
    public string? Messages => _runner.MessageLanguage;

    /// <summary>Whether the classifier takes part in this checker's findings.</summary>
    public CheckMode Mode => _mode;

    public ImmutableArray<ToneRule> Rules => _rules;

    public CheckResult Check(string text, string path = "") => Check(SourceText.From(text), path);

    /// <param name="cancellationToken">Checked between the stages and between rules, so a caller with a deadline can stop a long check.</param>
    public CheckResult Check(SourceText text, string path = "", CancellationToken cancellationToken = default)
    {
        // The language is decided before anything else: it chooses the letter parser (greetings and sign-offs), the
        // lexicon the rules read, and whether the model (trained on one language) takes part. A language without data
        // gets one informational diagnostic rather than English-rule noise.
        var language = _language ?? LanguageIdentifier.Identify(text.ToString()).Language;
        var letter = (Lexicon.Supports(language) ? LetterParser.For(language) : LetterParser.English).Parse(text, path);
        cancellationToken.ThrowIfCancellationRequested();
        Func<RuleContext, List<Finding>, List<Finding>>? combine = _hybrid is null || _mode == CheckMode.RulesOnly || language != _hybrid.Language
            ? null
            : (context, findings) => _hybrid.Combine(_mode, context, findings, _runner.Active);
        return new CheckResult(path, letter, _runner.Check(letter, path, language, combine, cancellationToken))
        {
            Language = language,
            MessageLanguage = _runner.MessageLanguageFor(language),
        };
    }
}

/// <summary>Keys of the properties every ToneCheck diagnostic carries (defined with the rules, in <see cref="DiagnosticKeys"/>).</summary>
public static class DiagnosticProperties
{
    /// <summary>"line" or "document".</summary>
    public const string Kind = DiagnosticKeys.Kind;

    /// <summary>Which part of the pipeline produced the finding ("rules", "model", or "language" for TC000).</summary>
    public const string Source = DiagnosticKeys.Source;

    /// <summary>The offending text (for document rules, the text at the anchor).</summary>
    public const string Text = DiagnosticKeys.Text;

    /// <summary>The suggested rewrite, or for a missing element the sentence to add.</summary>
    public const string Suggestion = DiagnosticKeys.Suggestion;

    /// <summary>The rule's short name ("blame"), so a report can name rules that are not in the catalogue (a pack's).</summary>
    public const string Rule = DiagnosticKeys.Rule;

    /// <summary>The language the message and suggestion are written in.</summary>
    public const string MessageLanguage = DiagnosticKeys.MessageLanguage;
}
