using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ToneCheck.Rules;

/// <summary>Line rules point at offending words; document rules report an element the letter lacks.</summary>
public enum RuleKind { Line, Document }

/// <summary>
/// One rule of RULES.md. A rule holds its descriptor (ID, title, message, severity, help link), its advice and
/// examples, and its detection. Rules keep no state between letters: everything comes through the context.
/// </summary>
public abstract class ToneRule
{
    public abstract DiagnosticDescriptor Descriptor { get; }

    public abstract RuleKind Kind { get; }

    /// <summary>The short kebab-case name of RULES.md ("blame", "missing-thanks").</summary>
    public abstract string Name { get; }

    /// <summary>The advice behind the rule, in a few sentences, for <c>tonecheck explain</c> and the docs.</summary>
    public abstract string Advice { get; }

    /// <summary>Text that should be reported (line rules mark the expected span with <c>[|...|]</c>) and text that should not.</summary>
    public abstract ImmutableArray<RuleExample> Examples { get; }

    public string Id => Descriptor.Id;

    /// <summary>
    /// The English wording of what the rule reports, by key: messages (<c>{0}</c> stands for the quoted words) and
    /// suggestions. Other languages give the same keys in their <c>messages.txt</c> (<see cref="RuleText"/>).
    /// </summary>
    public abstract IReadOnlyDictionary<string, string> Messages { get; }

    /// <summary>The rule's title, description, advice or a message in <paramref name="language"/>, English when it has no translation.</summary>
    public string Text(string key, string language = RuleText.English) => RuleText.Get(this, key, language);

    /// <summary>The settings this rule reads from <see cref="RuleOptions"/>, with their defaults.</summary>
    public virtual IReadOnlyList<RuleOption> Options => [];

    public abstract void Analyze(RuleContext context);

    protected static DiagnosticDescriptor Describe(string id, string title, string messageFormat, DiagnosticSeverity severity, string description) =>
        new(id, title, messageFormat, category: "Tone", severity, isEnabledByDefault: true, description: description,
            helpLinkUri: RuleIds.HelpLink(id));
}

/// <summary>An example carried by a rule: it either must be reported (<see cref="ShouldFlag"/>) or must stay silent.</summary>
public sealed record RuleExample(string Text, bool ShouldFlag, string? Note = null)
{
    /// <summary>Text the rule reports; for line rules the reported span is marked <c>[|like this|]</c>.</summary>
    public static RuleExample Flag(string text, string? note = null) => new(text, true, note);

    /// <summary>Text the rule must not report.</summary>
    public static RuleExample Pass(string text, string? note = null) => new(text, false, note);

    /// <summary>The example without its span markers.</summary>
    public string PlainText => Text.Replace("[|", "").Replace("|]", "");

    /// <summary>Character offsets of the marked span in <see cref="PlainText"/>, when there is one.</summary>
    public (int Start, int End)? MarkedSpan
    {
        get
        {
            int open = Text.IndexOf("[|", StringComparison.Ordinal);
            int close = Text.IndexOf("|]", StringComparison.Ordinal);
            return open < 0 || close < open ? null : (open, close - 2);
        }
    }
}
