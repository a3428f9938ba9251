using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ToneCheck.Rules;

namespace ToneCheck.Packs.Rules;

/// <summary>What every pack rule declares besides its detection: descriptor, name, advice and examples.</summary>
internal sealed record RuleHeader(DiagnosticDescriptor Descriptor, string Name, string Message, string Advice,
    ImmutableArray<RuleExample> Examples)
{
    public static RuleHeader Create(string id, string name, string category, string message, DiagnosticSeverity severity,
        string? description, string? link, ImmutableArray<RuleExample> examples)
    {
        // The title is the name read as words ("file-handover" -> "File handover"): packs declare no separate title.
        var title = char.ToUpperInvariant(name[0]) + name[1..].Replace('-', ' ');
        var descriptor = new DiagnosticDescriptor(id, title, "{0}", category, severity, isEnabledByDefault: true,
            description: description ?? message, helpLinkUri: link);
        return new RuleHeader(descriptor, name, message, description ?? message, examples);
    }
}
