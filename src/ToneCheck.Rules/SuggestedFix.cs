using Microsoft.CodeAnalysis.Text;

namespace ToneCheck.Rules;

/// <summary>
/// A concrete edit that resolves a finding, for the few findings a machine can fix without changing what the
/// writer means: shouting put into sentence case, or a missing element's suggested sentence inserted where it
/// belongs. Most suggestions are advice ("state the fact neutrally") and carry no fix. The edit travels in the
/// diagnostic's properties so that every front end (fix command, language server, web page) applies the same one.
/// </summary>
public sealed record SuggestedFix(TextSpan Span, string NewText)
{
    public const string StartKey = "fixStart";
    public const string LengthKey = "fixLength";
    public const string TextKey = "fixText";

    /// <summary>Reads the fix back from a diagnostic's properties; null when the finding has none.</summary>
    public static SuggestedFix? From(IReadOnlyDictionary<string, string?> properties)
    {
        if (!properties.TryGetValue(StartKey, out var start) || !properties.TryGetValue(LengthKey, out var length)
            || !properties.TryGetValue(TextKey, out var text) || text is null
            || !int.TryParse(start, out int s) || !int.TryParse(length, out int l) || s < 0 || l < 0) return null;
        return new SuggestedFix(new TextSpan(s, l), text);
    }

    public TextChange ToChange() => new(Span, NewText);

    internal IEnumerable<(string Key, string Value)> ToProperties() =>
    [
        (StartKey, Span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        (LengthKey, Span.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        (TextKey, NewText),
    ];
}
