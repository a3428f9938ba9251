using Microsoft.CodeAnalysis.Diagnostics;

namespace ToneCheck.Analyzers;

/// <summary>
/// Which additional files are letters: those whose item has <c>ToneCheck="true"</c> (build/ToneCheck.Analyzers.props
/// makes that metadata visible to the compiler; <c>ToneCheckLetters</c> adds files with it). Other additional files,
/// such as configuration or resources, are never read as letters.
/// </summary>
internal static class LetterFiles
{
    public const string MetadataKey = "build_metadata.AdditionalFiles.ToneCheck";

    public static bool IsLetter(AnalyzerConfigOptions options) =>
        options.TryGetValue(MetadataKey, out var value) && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
