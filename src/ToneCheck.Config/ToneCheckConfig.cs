using Microsoft.CodeAnalysis;
using Microsoft.Extensions.FileSystemGlobbing;
using ToneCheck.Rules;

namespace ToneCheck.Config;

/// <summary>
/// The settings that apply to one letter: the config files found from its folder upwards (to the first with
/// <c>root: true</c>), layered so that the nearest file wins key by key, and a rule's settings merge option by
/// option. Front ends turn it into a checker with <see cref="Severities"/>, <see cref="RuleOptions"/> and
/// <see cref="Language"/>, and filter folders with <see cref="Includes"/>.
/// </summary>
public sealed class ToneCheckConfig
{
    private readonly List<ConfigFile> _files; // farthest first
    private readonly (Matcher Matcher, string Folder)? _include;
    private readonly (Matcher Matcher, string Folder)? _exclude;

    public static ToneCheckConfig Empty { get; } = new([]);

    internal ToneCheckConfig(List<ConfigFile> farthestFirst)
    {
        _files = farthestFirst;
        var severities = new Dictionary<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var origins = new Dictionary<string, (string File, int Line, int Column)>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in farthestFirst)
        {
            Language = file.Language ?? Language;
            Messages = file.Messages ?? Messages;
            Model = file.Model ?? Model;
            Packs = file.Packs ?? Packs;
            if (file.Include is { } include) _include = (Globs(include), file.Folder);
            if (file.Exclude is { } exclude) _exclude = (Globs(exclude), file.Folder);
            foreach (var (id, settings) in file.Rules)
            {
                if (settings.Severity is { } s) severities[id] = s;
                origins[id] = settings.Origin;
                foreach (var (name, value) in settings.Options) options[RuleOptions.Key(id, name)] = value;
            }
        }
        Severities = severities;
        RuleOrigins = origins;
        OptionValues = options;
        RuleOptions = new RuleOptions(options);
    }

    /// <summary>The files that made these settings, nearest last.</summary>
    public IReadOnlyList<string> Sources => _files.Select(f => f.Path).ToList();

    /// <summary>A rule's severity where a file sets one; rules not listed keep their defaults.</summary>
    public IReadOnlyDictionary<string, ReportDiagnostic> Severities { get; }

    /// <summary>Where each configured rule is named (file, line, column).</summary>
    public IReadOnlyDictionary<string, (string File, int Line, int Column)> RuleOrigins { get; }

    /// <summary>Rule option values by "TC003.stacked-reasons".</summary>
    public IReadOnlyDictionary<string, string> OptionValues { get; }

    public RuleOptions RuleOptions { get; }

    /// <summary>A language code, or null for detection per letter ("auto" or unset).</summary>
    public string? Language { get => field == "auto" ? null : field; private set; }

    /// <summary>The language to write messages in, or null for each letter's own ("letter" or unset).</summary>
    public string? Messages { get => field == RuleText.LettersOwn ? null : field; private set; }

    /// <summary>Whether the sentence model takes part; null when no file says.</summary>
    public bool? Model { get; private set; }

    public IReadOnlyList<string> Packs { get; private set; } = [];

    /// <summary>
    /// Whether a letter found by walking a folder is checked: it must match <c>include</c> (when set) and not
    /// <c>exclude</c>, both read relative to the file that set them. Files named on the command line are always checked.
    /// </summary>
    public bool Includes(string letterPath)
    {
        var full = Path.GetFullPath(letterPath);
        if (_include is { } inc && !Matches(inc, full)) return false;
        return _exclude is not { } exc || !Matches(exc, full);
    }

    /// <summary>Two letters with equal keys get the same settings, so a front end can share one checker between them.</summary>
    public string Key => string.Join("|", Sources);

    private static bool Matches((Matcher Matcher, string Folder) globs, string fullPath)
    {
        var relative = Path.GetRelativePath(globs.Folder, fullPath);
        return !relative.StartsWith("..", StringComparison.Ordinal) && globs.Matcher.Match(globs.Folder, fullPath).HasMatches;
    }

    private static Matcher Globs(IEnumerable<string> patterns)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        foreach (var p in patterns) matcher.AddInclude(p);
        return matcher;
    }
}
