namespace ToneCheck.Config;

/// <summary>
/// Finds the suppressions that apply to a letter: the nearest <c>tonecheck.suppress.yml</c> from its folder
/// upwards, or one file given explicitly (<c>--baseline</c>, YAML or SARIF) for every letter. Cached; thread-safe.
/// </summary>
public sealed class SuppressionsResolver(string? explicitFile = null)
{
    private readonly Suppressions? _explicit = explicitFile is null ? null : Suppressions.Load(explicitFile);
    private readonly Dictionary<string, Suppressions?> _byFolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Suppressions> _byFile = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public Suppressions? ForLetter(string letterPath)
    {
        if (_explicit is not null) return _explicit;
        var folder = letterPath is "<stdin>" or "-" ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(letterPath)) ?? ".";
        lock (_lock)
        {
            if (_byFolder.TryGetValue(folder, out var cached)) return cached;
            // Letters in many folders under one suppressions file share one reading of it.
            var nearest = FileSearch.Nearest(folder, Suppressions.FileName);
            Suppressions? found = null;
            if (nearest is not null && !_byFile.TryGetValue(nearest, out found)) _byFile[nearest] = found = Suppressions.Load(nearest);
            return _byFolder[folder] = found;
        }
    }
}
