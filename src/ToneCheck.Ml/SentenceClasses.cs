namespace ToneCheck.Ml;

/// <summary>The twelve sentence classes of the corpus (corpus/README.md), and the rule each one feeds.</summary>
public static class SentenceClasses
{
    public const string Neutral = "neutral";

    /// <summary>Faults: the model reports the sentence under the rule.</summary>
    public static readonly IReadOnlyDictionary<string, string> LineRules = new Dictionary<string, string>
    {
        ["blame"] = "TC001",
        ["personal-attack"] = "TC002",
        ["over-justification"] = "TC003",
        ["negotiable"] = "TC007",
        ["hostile"] = "TC008",
    };

    /// <summary>Elements: a sentence of the class is evidence that the document rule's element is present.</summary>
    public static readonly IReadOnlyDictionary<string, string> ElementRules = new Dictionary<string, string>
    {
        ["thanks"] = "TC004",
        ["referral"] = "TC005",
        ["finality"] = "TC006",
        ["next-steps"] = "TC009",
        ["goodwill"] = "TC010",
        ["apology"] = "TC011",
    };

    public static readonly IReadOnlyList<string> All =
        ["apology", "blame", "finality", "goodwill", "hostile", "negotiable", "neutral", "next-steps",
         "over-justification", "personal-attack", "referral", "thanks"];
}
