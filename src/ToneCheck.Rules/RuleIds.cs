namespace ToneCheck.Rules;

/// <summary>Every rule ID in one place. IDs are stable: tools, SARIF output and evaluation labels use them.</summary>
public static class RuleIds
{
    public const string Blame = "TC001";
    public const string PersonalAttack = "TC002";
    public const string OverJustification = "TC003";
    public const string MissingThanks = "TC004";
    public const string MissingReferral = "TC005";
    public const string MissingFinality = "TC006";
    public const string NegotiableWording = "TC007";
    public const string HostileTone = "TC008";
    public const string MissingNextSteps = "TC009";
    public const string MissingGoodwill = "TC010";
    public const string MissingApology = "TC011";

    /// <summary>Where each rule's documentation page lives; descriptors derive their help link from it.</summary>
    public const string HelpLinkBase = "https://github.com/tonecheck/tonecheck/blob/main/docs/rules/";

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";
}
