using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ToneCheck.Lexicons;
using ToneCheck.Rules;
using ToneCheck.Rules.Mechanisms;

namespace ToneCheck.Packs.Rules;

/// <summary>
/// A pack's <c>required</c> rule: the built-in missing-element mechanism (reported once per letter, at the opening
/// or the closing, with the sentence to add) where the element is any of the pack's accepted phrasings. As for the
/// built-in elements, a negated mention ("we will not return your file") does not count.
/// </summary>
internal sealed class PackRequiredRule : MissingElementRule
{
    private readonly RuleHeader _header;
    private readonly PatternSet _accepted;

    public PackRequiredRule(RuleHeader header, PatternSet accepted, ElementPlace place, string suggestion)
    {
        _header = header;
        _accepted = accepted;
        Place = place;
        Messages = Wording(header.Message, suggestion);
    }

    public override DiagnosticDescriptor Descriptor => _header.Descriptor;

    public override string Name => _header.Name;

    public override string Advice => _header.Advice;

    public override ImmutableArray<RuleExample> Examples => _header.Examples;

    protected override ElementPlace Place { get; }

    /// <summary>A pack's rule speaks its author's language: it has no translations.</summary>
    public override IReadOnlyDictionary<string, string> Messages { get; }

    protected override bool IsPresent(RuleContext context) =>
        context.Letter.Sentences.Any(sentence => context.Lexicon.Find(sentence, _accepted, context.Match)
            .Any(match => !Scope.IsNegated(context, sentence, match)));
}
