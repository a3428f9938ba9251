using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ToneCheck.Text;

namespace ToneCheck.Rules;

/// <summary>TC000: the letter is in a language ToneCheck has no rule data for, so it was not checked. Reported once, at line 1.</summary>
public static class UnsupportedLanguage
{
    public const string Id = "TC000";

    public static readonly DiagnosticDescriptor Descriptor = new(Id, "Letter in a language without rule data",
        "{0}", "Tone", DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "The rules read a language through its data (lexicons and letter structure); a letter in a language without it is named and not checked.",
        helpLinkUri: RuleIds.HelpLinkBase.Replace("docs/rules/", "README.md#languages"));

    private static readonly Dictionary<string, string> Names = new()
    {
        ["cy"] = "Welsh", ["ms"] = "Malay", ["vi"] = "Vietnamese", ["tl"] = "Tagalog",
    };

    public static string NameOf(string code) => Names.GetValueOrDefault(code, code);

    internal static Diagnostic Create(Letter letter, string path, string language)
    {
        var span = letter.Text.Lines.Count > 0 ? letter.Text.Lines[0].Span : new TextSpan(0, 0);
        var location = Location.Create(path, span, letter.Text.Lines.GetLinePositionSpan(span));
        var properties = System.Collections.Immutable.ImmutableDictionary<string, string?>.Empty
            .Add(DiagnosticKeys.Kind, "document")
            .Add(DiagnosticKeys.Source, "language")
            .Add(DiagnosticKeys.Text, letter.Text.ToString(span))
            .Add("language", language);
        return Diagnostic.Create(Descriptor, location, properties,
            $"This letter looks like {NameOf(language)} ({language}); ToneCheck has no rule data for that language, so its rules were not run.");
    }
}
