using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using ToneCheck.Engine;
using ToneCheck.Rules;

namespace ToneCheck.Lsp;

/// <summary>
/// What an editor can configure, through initializationOptions or workspace/didChangeConfiguration, in either shape:
/// <c>{ "tonecheck": { "severity": { "TC009": "none" }, "languages": ["plaintext", "markdown"], "messages": "en" } }</c> or the
/// inner object. A key that is absent keeps its current value; a bad entry is skipped with a warning, never fatal.
/// </summary>
internal sealed record ServerSettings(ImmutableDictionary<string, ReportDiagnostic> Severities, ImmutableHashSet<string> Languages)
{
    /// <summary>The language to write messages in ("letter", the default, writes each letter's in its own); null keeps tonecheck.yml's.</summary>
    public string? Messages { get; init; }

    public static ServerSettings Default { get; } = new(
        ImmutableDictionary.Create<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase),
        ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "plaintext", "markdown"));

    public ServerSettings With(JsonElement? settings, ICollection<string> warnings)
    {
        if (settings is not { ValueKind: JsonValueKind.Object } root) return this;
        if (root.TryGetProperty("tonecheck", out var section))
        {
            if (section.ValueKind != JsonValueKind.Object) return this;
            root = section;
        }
        var next = this;
        if (root.TryGetProperty("severity", out var severity)) next = next with { Severities = ReadSeverities(severity, warnings) };
        if (root.TryGetProperty("languages", out var languages) && ReadLanguages(languages, warnings) is { } set) next = next with { Languages = set };
        if (root.TryGetProperty("messages", out var messages)) next = next with { Messages = ReadMessages(messages, warnings) ?? next.Messages };
        return next;
    }

    private static string? ReadMessages(JsonElement value, ICollection<string> warnings)
    {
        var word = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim().ToLowerInvariant() : null;
        if (word is not null && RuleText.MessageChoices.Contains(word)) return word;
        warnings.Add($"tonecheck.messages: {value.GetRawText()} is not one of {string.Join(", ", RuleText.MessageChoices)}; kept the previous choice.");
        return null;
    }

    private static ImmutableDictionary<string, ReportDiagnostic> ReadSeverities(JsonElement value, ICollection<string> warnings)
    {
        var result = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
        if (value.ValueKind != JsonValueKind.Object)
        {
            warnings.Add("tonecheck.severity must be an object such as { \"TC009\": \"none\" }; rule severities are back to their defaults.");
            return result.ToImmutable();
        }
        foreach (var entry in value.EnumerateObject())
        {
            var rule = RuleCatalog.Find(entry.Name);
            if (rule is null)
            {
                warnings.Add($"tonecheck.severity: no rule '{entry.Name}' (the rules are TC001 to TC011); skipped.");
                continue;
            }
            var word = entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString() : null;
            if (!SeverityLevels.TryParse(word, out var level))
            {
                warnings.Add($"tonecheck.severity.{rule.Id}: {entry.Value.GetRawText()} is not one of error, warning, info, none; skipped.");
                continue;
            }
            result[rule.Id] = level;
        }
        return result.ToImmutable();
    }

    private static ImmutableHashSet<string>? ReadLanguages(JsonElement value, ICollection<string> warnings)
    {
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            warnings.Add("tonecheck.languages must be an array of languageIds such as [\"plaintext\", \"markdown\"]; kept the previous list.");
            return null;
        }
        return value.EnumerateArray().Select(e => e.GetString()!).ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
