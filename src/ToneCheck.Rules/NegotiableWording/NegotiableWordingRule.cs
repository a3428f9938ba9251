using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ToneCheck.Lexicons;
using ToneCheck.Rules.Mechanisms;
using ToneCheck.Text;
using static ToneCheck.Rules.RuleExample;

namespace ToneCheck.Rules.NegotiableWording;

/// <summary>TC007: hedges, invitations to argue or continue, and conditions that reopen the decision.</summary>
public sealed class NegotiableWordingRule : PhraseRule
{
    public override DiagnosticDescriptor Descriptor { get; } = Describe(RuleIds.NegotiableWording, "Negotiable wording",
        "{0}", DiagnosticSeverity.Warning,
        "Be clear and final: simple, firm wording, so the customer understands the decision is not open to negotiation.");

    public override string Name => "negotiable-wording";

    public override string Advice =>
        "Be clear and final. Hedges (\"we may need to consider ending\"), invitations to argue (\"let us know if you'd " +
        "like to discuss this\") and conditions (\"unless things change\") tell the reader the decision can still be " +
        "negotiated. Offer help with the transition instead.";

    public override ImmutableArray<RuleExample> Examples { get; } =
    [
        Flag("[|We may need to consider ending our agreement|]."),
        Flag("[|If you'd like to discuss continuing|], let me know."),
        Flag("We will stop on Friday [|unless things change|]."),
        Flag("[|If you can commit to paying within 14 days, I'd be happy to revisit this|]."),
        Flag("[|Can you give me a call this week|]?"),
        Pass("If you have any questions about the transition, let me know.", "an offer of help"),
        Pass("Let me know if you'd like to discuss the handover of your files.", "help with the ending"),
        Pass("Our agreement will end on 30 June."),
    ];

    protected override IReadOnlyList<string> Sections { get; } = ["negotiable/hedge", "negotiable/invitation", "negotiable/condition"];

    protected override bool GuardHypothetical => false;

    public override IReadOnlyDictionary<string, string> Messages { get; } = new Dictionary<string, string>
    {
        ["message"] = "'{0}' sets a condition that reopens the decision.",
        ["message.negotiable/hedge"] = "'{0}' hedges the decision; the reader may read it as not yet made.",
        ["message.negotiable/invitation"] = "'{0}' invites the reader to argue or continue; the decision should read as final.",
        ["suggestion"] = "State the decision plainly and offer help with the transition instead of a discussion.",
    };

    // An invitation about the handover or the practicalities is help, not negotiation.
    protected override bool Accept(RuleContext context, Sentence sentence, PatternMatch match) =>
        !context.Lexicon.Contains(sentence, "negotiable/help-topics", context.Match);
}
