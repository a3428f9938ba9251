namespace ToneCheck.Config;

/// <summary>
/// Finds the <c>tonecheck.yml</c> files that govern a letter, from its folder upwards, stopping after a file with
/// <c>root: true</c>. With an explicit file (<c>--config</c>) only that file counts. Parsed files and folder
/// chains are cached, so a folder of a thousand letters reads each config file once. Thread-safe.
/// </summary>
public sealed class ConfigResolver
{
    private readonly string? _explicit;
    private readonly Dictionary<string, ConfigFile?> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ToneCheckConfig> _byFolder = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <param name="explicitFile">A config file that replaces discovery, or null to discover.</param>
    public ConfigResolver(string? explicitFile = null)
    {
        if (explicitFile is not null && !System.IO.File.Exists(explicitFile))
            throw new ConfigException(explicitFile, 1, 1, "no such config file");
        _explicit = explicitFile;
    }

    /// <summary>The settings for a letter file, or for text read from standard input (pass the current folder).</summary>
    public ToneCheckConfig ForLetter(string letterPath) =>
        ForFolder(Directory.Exists(letterPath) ? letterPath : Path.GetDirectoryName(Path.GetFullPath(letterPath)) ?? ".");

    public ToneCheckConfig ForFolder(string folder)
    {
        folder = Path.GetFullPath(folder);
        lock (_lock)
        {
            if (_byFolder.TryGetValue(folder, out var cached)) return cached;
            var chain = new List<ConfigFile>();
            if (_explicit is not null) chain.Add(Load(Path.GetFullPath(_explicit))!);
            else
            {
                foreach (var path in FileSearch.Upwards(folder, ConfigFile.FileName))
                {
                    var file = Load(path)!;
                    chain.Add(file);
                    if (file.Root) break;
                }
            }
            chain.Reverse();
            return _byFolder[folder] = new ToneCheckConfig(chain);
        }
    }

    private ConfigFile? Load(string path)
    {
        if (_files.TryGetValue(path, out var file)) return file;
        return _files[path] = System.IO.File.Exists(path) ? ConfigFile.Load(path) : null;
    }
}
