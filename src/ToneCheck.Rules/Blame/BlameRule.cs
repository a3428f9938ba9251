using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ToneCheck.Rules.Mechanisms;
using static ToneCheck.Rules.RuleExample;

namespace ToneCheck.Rules.Blame;

/// <summary>TC001: fault placed on the recipient. Facts stated without judgement and self-blame are the advice, not faults.</summary>
public sealed class BlameRule : PhraseRule
{
    public override DiagnosticDescriptor Descriptor { get; } = Describe(RuleIds.Blame, "Blame placed on the recipient",
        "{0}", DiagnosticSeverity.Warning,
        "Never blame the client, even when they are at fault: put the reason on the situation or take some of it on yourself.");

    public override string Name => "blame";

    public override string Advice =>
        "Never blame the client, even when they are at fault. Put the fault anywhere but on their shoulders and take " +
        "some of it on yourself (\"it's not you, it's me\"). A dated fact stated without judgement (\"the invoices of " +
        "3 May and 7 June remain unpaid\") is fine; \"due to your repeated late payments\" is not.";

    public override ImmutableArray<RuleExample> Examples { get; } =
    [
        Flag("We are ending the contract [|due to your repeated late payments|]."),
        Flag("It has grown past the retainer, [|since your team kept changing the brief|]."),
        Flag("This is [|entirely your fault|]."),
        Flag("Unfortunately [|your team's mistakes caused the delays on both launches|]."),
        Flag("Over the summer [|the invoices were ignored again and again|]."),
        Flag("[|You failed to pay the last three invoices on time|]."),
        Flag("Julie, [|you never responded to our reminders|]."),
        Pass("On 3 March you asked for a fourth redesign, which is outside our scope.", "a dated fact without judgement"),
        Pass("We have not been able to meet your expectations.", "self-blame is the advice"),
        Pass("This is not your fault, and none of it is a reflection on you.", "negation"),
        Pass("The invoices of 3 May and 7 June remain unpaid.", "a fact"),
        Pass("If a payment is ever late, we will send a reminder.", "hypothetical"),
    ];

    protected override IReadOnlyList<string> Sections { get; } = ["blame/causal", "blame/direct", "blame/conduct", "blame/passive"];

    protected override bool GuardClearedReader => true;

    public override IReadOnlyDictionary<string, string> Messages { get; } = new Dictionary<string, string>
    {
        ["message"] = "'{0}' puts the fault on the reader; a letter that ends the relationship lands better when the reason is general or your own.",
        ["message.blame/passive"] = "'{0}' still points at the reader even without naming them; state the fact without the accusation.",
        ["suggestion"] = "Describe the situation neutrally, or take the reason on yourself.",
    };
}
