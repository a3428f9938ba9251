namespace ToneCheck.Rules;

/// <summary>Keys of the properties every ToneCheck diagnostic carries, set where findings become diagnostics.</summary>
public static class DiagnosticKeys
{
    /// <summary>"line" or "document".</summary>
    public const string Kind = "kind";

    /// <summary>Which part of the pipeline produced the finding: "rules", "model", or "language" for TC000.</summary>
    public const string Source = "source";

    /// <summary>The offending text (for document rules, the text at the anchor).</summary>
    public const string Text = "text";

    /// <summary>The suggested rewrite, or for a missing element the sentence to add.</summary>
    public const string Suggestion = "suggestion";

    /// <summary>The rule's short name ("blame"), so a report can name rules that are not in the catalogue (a pack's).</summary>
    public const string Rule = "rule";

    /// <summary>The language the message and suggestion are written in ("vi"), so a front end can show the rule's title and advice in the same one.</summary>
    public const string MessageLanguage = "messageLanguage";
}
