using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ToneCheck.Lexicons;
using ToneCheck.Rules.Mechanisms;
using ToneCheck.Text;
using static ToneCheck.Rules.RuleExample;

namespace ToneCheck.Rules.PersonalAttack;

/// <summary>TC002: a judgement of the recipient's character, manner or competence.</summary>
public sealed class PersonalAttackRule : PhraseRule
{
    public override DiagnosticDescriptor Descriptor { get; } = Describe(RuleIds.PersonalAttack, "Personal attack on the recipient",
        "{0}", DiagnosticSeverity.Error,
        "Nothing that reads as a judgement of the person: describe the decision and the documented facts, never the reader's character.");

    public override string Name => "personal-attack";

    public override string Advice =>
        "No personal attacks. Nothing that reads as a judgement of the person: \"we find you difficult to work with\", " +
        "\"you always demand too much\". Even when a customer abused your staff, refer to the incident and your policy " +
        "rather than calling them rude.";

    public override ImmutableArray<RuleExample> Examples { get; } =
    [
        Flag("Frankly, [|you are difficult to work with|]."),
        Flag("[|You always demand too much of the team|]."),
        Flag("[|You have been rude to our staff on several occasions|]."),
        Flag("I'll be candid: [|you have been, quite honestly, the most difficult client we have ever had|]."),
        Flag("Hi Julie,\n\n[|Julie has been impossible to please from the start|].", "the recipient named in the greeting"),
        Flag("[|Your unreasonable demands have worn the team down|]."),
        Pass("This is not a reflection on you.", "negation"),
        Pass("We would never say you are difficult.", "negation and modality"),
        Pass("You have been a wonderful client for four years.", "a positive judgement"),
        Pass("This was a difficult decision for us.", "about the decision, not the person"),
        Pass("Following the calls to our reception team on 22 September, and in line with our zero-tolerance policy on abuse towards staff, we are ending our client relationship.", "documented facts and policy"),
    ];

    protected override IReadOnlyList<string> Sections { get; } = ["attack/predication", "attack/bare"];

    protected override bool GuardClearedReader => true;

    protected override bool GuardInnerNegation => true;

    public override IReadOnlyDictionary<string, string> Messages { get; } = new Dictionary<string, string>
    {
        ["message"] = "'{0}' judges the reader as a person; a closing letter should describe the decision, not their character.",
        ["suggestion"] = "Leave the judgement out: describe the decision and the documented facts, not the person.",
    };

    // A bare judgement ("unreasonable demands") counts only in a sentence aimed at the reader.
    protected override bool Accept(RuleContext context, Sentence sentence, PatternMatch match) =>
        match.Pattern.Source.StartsWith('@') || MentionsReader(context, sentence);

    private static bool MentionsReader(RuleContext context, Sentence sentence)
    {
        for (int i = 0; i < sentence.Tokens.Length; i++)
            if (context.Lexicon.IsClass(sentence, i, "target", context.Match)) return true;
        return false;
    }
}
