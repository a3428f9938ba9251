namespace ToneCheck.Config;

/// <summary>
/// Finds the suppressions that apply to a letter: the nearest <c>tonecheck.suppress.yml</c> from its folder
/// upwards, or one file given explicitly (<c>--baseline</c>, YAML or SARIF) for every letter. Cached; thread-safe.
/// </summary>
public sealed class SuppressionsResolver(string? explicitFile = null)
{
    private readonly Suppressions? _explicit = explicitFile is null ? null : Suppressions.Load(explicitFile);
    private readonly Dictionary<string, Suppressions?> _byFolder = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public Suppressions? ForLetter(string letterPath)
    {
        if (_explicit is not null) return _explicit;
        var folder = letterPath is "<stdin>" or "-" ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(letterPath)) ?? ".";
        lock (_lock)
        {
            if (_byFolder.TryGetValue(folder, out var cached)) return cached;
            Suppressions? found = null;
            for (var dir = new DirectoryInfo(folder); dir is not null && found is null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, Suppressions.FileName);
                if (File.Exists(candidate)) found = Suppressions.Load(candidate);
            }
            return _byFolder[folder] = found;
        }
    }
}
