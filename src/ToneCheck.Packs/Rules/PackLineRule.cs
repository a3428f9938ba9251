using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ToneCheck.Lexicons;
using ToneCheck.Rules;
using ToneCheck.Rules.Mechanisms;
using ToneCheck.Text;

namespace ToneCheck.Packs.Rules;

/// <summary>
/// A pack's <c>phrases</c> or <c>pattern</c> rule: the built-in phrase mechanism (matches reported from the first
/// word to the end of the clause, the negation and hypothetical guards of <see cref="Scope"/>) over the pack's own
/// patterns instead of a lexicon section.
/// </summary>
internal sealed class PackLineRule : PhraseRule
{
    private readonly RuleHeader _header;
    private readonly PatternSet _patterns;
    private readonly bool _skipNegated;

    public PackLineRule(RuleHeader header, PatternSet patterns, bool skipNegated, string? defaultSuggestion)
    {
        _header = header;
        _patterns = patterns;
        _skipNegated = skipNegated;
        // The loader refuses a rule where a pattern has no suggestion of its own and the rule gives no default.
        Messages = new Dictionary<string, string>
        {
            ["message"] = header.Message.Replace("{quote}", "{0}"),
            ["suggestion"] = defaultSuggestion ?? "",
        };
        Sections = [header.Descriptor.Id];
    }

    public override DiagnosticDescriptor Descriptor => _header.Descriptor;

    public override string Name => _header.Name;

    public override string Advice => _header.Advice;

    public override ImmutableArray<RuleExample> Examples => _header.Examples;

    /// <summary>The rule's own patterns stand in for one lexicon section, named by the rule's ID.</summary>
    protected override IReadOnlyList<string> Sections { get; }

    protected override bool GuardNegation => _skipNegated;

    protected override bool GuardHypothetical => _skipNegated;

    /// <summary>A pack's rule speaks its author's language: it has no translations.</summary>
    public override IReadOnlyDictionary<string, string> Messages { get; }

    protected override IReadOnlyList<PatternMatch> Find(RuleContext context, Sentence sentence, string section) =>
        context.Lexicon.Find(sentence, _patterns, context.Match);
}
