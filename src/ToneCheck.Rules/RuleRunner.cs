using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ToneCheck.Lexicons;
using ToneCheck.Text;

namespace ToneCheck.Rules;

/// <summary>
/// Checks a parsed letter with the rules: the language gate, every enabled rule, overlap resolution (the stronger
/// rule wins on a span) and Roslyn diagnostics with exact locations. The engine and the analyzer package both check
/// through this, so a letter gets the same findings from the CLI and from a build. Thread-safe; keeps no state
/// between letters.
/// </summary>
public sealed class RuleRunner
{
    private readonly RuleOptions _options;
    private readonly IReadOnlyDictionary<string, ReportDiagnostic> _severities;

    /// <param name="severities">Per rule ID: Suppress turns a rule off (it does not run, so it cannot win an
    /// overlap), other values set the reported severity; rules not listed keep their default.</param>
    /// <param name="messageLanguage">The language to write messages in (one of <see cref="RuleText.Languages"/>);
    /// null writes each letter's messages in its own language.</param>
    /// <exception cref="ArgumentException">No rule messages exist in <paramref name="messageLanguage"/>.</exception>
    public RuleRunner(IEnumerable<ToneRule> rules, RuleOptions options, IReadOnlyDictionary<string, ReportDiagnostic> severities,
        string? messageLanguage = null)
    {
        if (messageLanguage is not null && !RuleText.Supports(messageLanguage))
            throw new ArgumentException($"No rule messages in '{messageLanguage}'; choose one of {string.Join(", ", RuleText.Languages)}.", nameof(messageLanguage));
        MessageLanguage = messageLanguage?.ToLowerInvariant();
        _options = options;
        _severities = severities;
        Active = rules.Where(r => SeverityOf(r) is not null).ToImmutableArray();
    }

    /// <summary>The language messages are written in, or null for each letter's own.</summary>
    public string? MessageLanguage { get; }

    /// <summary>The language a letter in <paramref name="language"/> gets its messages in: the chosen one, else its
    /// own, else (a language without rule data or wording) English.</summary>
    public string MessageLanguageFor(string language) =>
        MessageLanguage ?? (Lexicon.Supports(language) && RuleText.Supports(language) ? language : RuleText.English);

    /// <summary>The rules that run: all given rules except the suppressed ones.</summary>
    public ImmutableArray<ToneRule> Active { get; }

    /// <summary>
    /// Checks <paramref name="letter"/> (parsed with its language's <c>LetterParser.For</c>), written in
    /// <paramref name="language"/>, with that language's lexicon: a language without data gets one TC000 diagnostic. <paramref name="combine"/>, when
    /// given, may change the rules' findings before overlaps are resolved (the engine adds the classifier there).
    /// </summary>
    /// <param name="cancellationToken">Checked between rules, so a caller with a deadline can stop a long check.</param>
    public ImmutableArray<Diagnostic> Check(Letter letter, string path, string language,
        Func<RuleContext, List<Finding>, List<Finding>>? combine = null, CancellationToken cancellationToken = default)
    {
        if (!Lexicon.Supports(language)) return [UnsupportedLanguage.Create(letter, path, language)];
        var findings = new List<Finding>();
        var context = new RuleContext(letter, Lexicon.For(language), _options, findings, MessageLanguageFor(language));
        foreach (var rule in Active)
        {
            cancellationToken.ThrowIfCancellationRequested();
            context.Run(rule);
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (combine is not null) findings = combine(context, findings);
        return Overlaps.Resolve(findings)
            .OrderBy(f => f.Span.Start).ThenBy(f => f.Rule.Id, StringComparer.Ordinal)
            .Select(f => ToDiagnostic(f, letter, path, context))
            .ToImmutableArray();
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

    private Diagnostic ToDiagnostic(Finding f, Letter letter, string path, RuleContext context)
    {
        var lineSpan = letter.Text.Lines.GetLinePositionSpan(f.Span);
        var location = Location.Create(path, f.Span, lineSpan);
        // One builder for the finding's own properties and the ones every diagnostic carries: the diagnostic wants a
        // dictionary of nullable values, and a chain of SetItem calls would build a tree per call.
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        foreach (var (key, value) in f.Properties) properties[key] = value;
        properties[DiagnosticKeys.Kind] = f.Rule.Kind == RuleKind.Line ? "line" : "document";
        properties[DiagnosticKeys.Source] = f.Properties.GetValueOrDefault(DiagnosticKeys.Source) ?? "rules";
        properties[DiagnosticKeys.Text] = f.Quote;
        properties[DiagnosticKeys.Rule] = f.Rule.Name;
        properties[DiagnosticKeys.MessageLanguage] = context.MessageLanguage;
        if (f.Suggestion is not null) properties[DiagnosticKeys.Suggestion] = f.Suggestion;
        var severity = SeverityOf(f.Rule) ?? f.Rule.Descriptor.DefaultSeverity;
        return Diagnostic.Create(f.Rule.Descriptor, location, severity, additionalLocations: null,
            properties: properties.ToImmutable(), messageArgs: [f.Message]);
    }
}
