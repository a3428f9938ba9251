using System.Reflection;

namespace ToneCheck.Text;

/// <summary>
/// Reads the plain-text data files that hold ToneCheck's vocabulary: <c>[section]</c> headers, one entry per line,
/// <c>#</c> comments. Vocabulary lives in these files, not in code, so that a language or an industry can add words
/// without touching a mechanism.
/// </summary>
public static class DataFile
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Parse(string content)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        List<string>? current = null;
        foreach (var raw in content.Split('\n'))
        {
            var line = StripComment(raw).Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                var name = line[1..^1].Trim();
                if (!sections.TryGetValue(name, out current)) sections[name] = current = new List<string>();
                continue;
            }
            if (current is null) throw new FormatException($"Entry '{line}' comes before any [section] header.");
            current.Add(line);
        }
        return sections.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Reads an embedded data file of <paramref name="assembly"/> by its logical name, e.g. <c>en/blame.txt</c>.</summary>
    public static string ReadResource(Assembly assembly, string logicalName)
    {
        using var stream = assembly.GetManifestResourceStream(logicalName)
            ?? throw new FileNotFoundException($"ToneCheck data file '{logicalName}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static bool HasResource(Assembly assembly, string logicalName) =>
        assembly.GetManifestResourceInfo(logicalName) is not null;

    // '#' starts a comment only at the start of a line or after white space, so "C#" and "#3" inside entries survive.
    private static string StripComment(string line)
    {
        for (int i = 0; i < line.Length; i++)
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1]))) return line[..i];
        return line;
    }
}
