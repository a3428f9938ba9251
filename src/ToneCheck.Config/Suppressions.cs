using System.Text.Json;
using ToneCheck.Engine.Reporting;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ToneCheck.Config;

/// <summary>One judged finding: which rule, in which letter (relative to the suppressions file), which words.</summary>
public sealed record Suppression(string Rule, string File, string Fingerprint, string? Text = null, string? Justification = null);

/// <summary>
/// Findings a team has judged and accepted, kept outside the letter (a letter goes to a customer and must carry
/// no markers): <c>tonecheck.suppress.yml</c>, or a SARIF report used as a baseline. A listed finding is still
/// reported, marked suppressed, so SARIF viewers and reviewers see what was accepted; it no longer counts.
/// </summary>
public sealed class Suppressions
{
    public const string FileName = "tonecheck.suppress.yml";

    private readonly Dictionary<(string Rule, string File, string Fingerprint), Suppression> _entries = [];

    private Suppressions(string path, IEnumerable<Suppression> entries)
    {
        Path = path;
        foreach (var e in entries) _entries[(e.Rule, e.File, e.Fingerprint)] = e;
    }

    /// <summary>The suppressions file or SARIF baseline.</summary>
    public string Path { get; }

    public string Folder => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path)) ?? ".";

    public IReadOnlyCollection<Suppression> Entries => _entries.Values;

    public static Suppressions Empty(string path) => new(path, []);

    /// <summary>Reads a suppressions file (.yml/.yaml) or a SARIF report (.sarif/.json) used as a baseline.</summary>
    public static Suppressions Load(string path)
    {
        if (!System.IO.File.Exists(path)) throw new ConfigException(path, 1, 1, "no such suppressions file or baseline");
        string text = System.IO.File.ReadAllText(path);
        return path.EndsWith(".sarif", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? FromSarif(text, path)
            : FromYaml(text, path);
    }

    /// <summary>Marks the findings of one checked letter that this file lists.</summary>
    public FileReport Apply(FileReport report)
    {
        if (_entries.Count == 0 || report.Error is not null) return report;
        string file = RelativeName(report.Path);
        var marked = report.Diagnostics.Select(d =>
            d.Fingerprint is { } fp && _entries.TryGetValue((d.RuleId, file, fp), out var s)
                ? d with { Suppression = new ReportedSuppression(Path, s.Justification) }
                : d).ToList();
        return report with { Diagnostics = marked };
    }

    /// <summary>
    /// Writes every finding of the checked letters as judged, keeping the entries (and justifications) of letters
    /// not checked this time, so that updating the baseline for one folder does not forget another.
    /// </summary>
    public Suppressions Update(IEnumerable<FileReport> reports)
    {
        var checkedFiles = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<Suppression>();
        foreach (var report in reports.Where(r => r.Error is null))
        {
            string file = RelativeName(report.Path);
            checkedFiles.Add(file);
            foreach (var d in report.Diagnostics.Where(d => d.Fingerprint is not null))
            {
                _entries.TryGetValue((d.RuleId, file, d.Fingerprint!), out var old);
                entries.Add(new Suppression(d.RuleId, file, d.Fingerprint!, d.Kind == "document" ? null : d.Text, old?.Justification));
            }
        }
        entries.AddRange(_entries.Values.Where(e => !checkedFiles.Contains(e.File)));
        return new Suppressions(Path, entries.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Rule, StringComparer.Ordinal));
    }

    /// <summary>These suppressions and one more (an editor's "ignore this finding").</summary>
    public Suppressions With(Suppression entry) => new(Path, Entries.Append(entry));

    /// <summary>How a letter is named in this file: relative to its folder, with '/'.</summary>
    public string NameOf(string letterPath) => RelativeName(letterPath);

    /// <summary>Saves as a suppressions YAML file, atomically (a temporary file renamed over the old one).</summary>
    public void Save(string path)
    {
        var serializer = new SerializerBuilder()
            .WithNamingConvention(HyphenatedNamingConvention.Instance)
            .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
            .Build();
        var document = new SuppressionsDocument
        {
            Suppressions = Entries.Select(e => new SuppressionEntry { Rule = e.Rule, File = e.File, Fingerprint = e.Fingerprint, Text = e.Text, Justification = e.Justification }).ToList(),
        };
        var yaml = "# Findings judged and accepted. Written by 'tonecheck check --update-baseline'; add a justification to any entry.\n"
            + serializer.Serialize(document);
        var temp = path + ".tmp";
        System.IO.File.WriteAllText(temp, yaml);
        System.IO.File.Move(temp, path, overwrite: true);
    }

    // Letters are named relative to the suppressions file, with '/', so the file works on any machine and OS.
    private string RelativeName(string letterPath) =>
        letterPath is "<stdin>" or "-" ? "<stdin>" : System.IO.Path.GetRelativePath(Folder, System.IO.Path.GetFullPath(letterPath)).Replace('\\', '/');

    private static Suppressions FromYaml(string text, string path)
    {
        var stream = new YamlStream();
        try { stream.Load(new StringReader(text)); }
        catch (YamlException e) { throw new ConfigException(path, (int)e.Start.Line, (int)e.Start.Column, $"not valid YAML: {e.InnerException?.Message ?? e.Message}"); }
        var entries = new List<Suppression>();
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return new Suppressions(path, entries);
        var root = stream.Documents[0].RootNode as YamlMappingNode ?? throw ConfigFile.Error(path, stream.Documents[0].RootNode, "expected 'suppressions:' with a list of entries");
        foreach (var (key, value) in root.Children)
        {
            if (ConfigFile.Scalar(path, key) != "suppressions") throw ConfigFile.Error(path, key, $"unknown key '{ConfigFile.Scalar(path, key)}'; expected 'suppressions'");
            if (value is YamlScalarNode { Value: null or "" }) continue;
            var list = value as YamlSequenceNode ?? throw ConfigFile.Error(path, value, "'suppressions' must be a list");
            foreach (var item in list.Children) entries.Add(Entry(path, item));
        }
        return new Suppressions(path, entries);
    }

    private static Suppression Entry(string path, YamlNode node)
    {
        var map = node as YamlMappingNode ?? throw ConfigFile.Error(path, node, "each suppression needs rule, file and fingerprint");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            string name = ConfigFile.Scalar(path, key);
            if (name is not ("rule" or "file" or "fingerprint" or "text" or "justification"))
                throw ConfigFile.Error(path, key, $"unknown key '{name}'; a suppression has rule, file, fingerprint, text and justification");
            values[name] = ConfigFile.Scalar(path, value);
        }
        foreach (var required in new[] { "rule", "file", "fingerprint" })
            if (!values.ContainsKey(required)) throw ConfigFile.Error(path, node, $"this suppression has no '{required}'");
        return new Suppression(values["rule"], values["file"], values["fingerprint"], values.GetValueOrDefault("text"), values.GetValueOrDefault("justification"));
    }

    private static Suppressions FromSarif(string text, string path)
    {
        var entries = new List<Suppression>();
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        try
        {
            using var doc = JsonDocument.Parse(text);
            foreach (var run in doc.RootElement.GetProperty("runs").EnumerateArray())
            {
                if (!run.TryGetProperty("results", out var results)) continue;
                foreach (var result in results.EnumerateArray())
                {
                    if (!result.TryGetProperty("partialFingerprints", out var fps) || !fps.TryGetProperty(Fingerprint.SarifKey, out var fp)) continue;
                    var uri = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString() ?? "";
                    var file = uri.StartsWith("file:", StringComparison.Ordinal) ? new Uri(uri).LocalPath : Uri.UnescapeDataString(uri);
                    var full = System.IO.Path.GetFullPath(file, folder);
                    entries.Add(new Suppression(result.GetProperty("ruleId").GetString() ?? "", full, fp.GetString() ?? "", Justification: "in the SARIF baseline"));
                }
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException or UriFormatException)
        {
            throw new ConfigException(path, 1, 1, $"not a SARIF report ToneCheck can use as a baseline: {e.Message}");
        }
        // SARIF names letters relative to where it was written; entries are kept relative to the SARIF file's folder.
        var baseline = new Suppressions(path, []);
        foreach (var e in entries) baseline._entries[(e.Rule, baseline.RelativeName(e.File), e.Fingerprint)] = e with { File = baseline.RelativeName(e.File) };
        return baseline;
    }

    private sealed class SuppressionsDocument
    {
        public List<SuppressionEntry> Suppressions { get; set; } = [];
    }

    private sealed class SuppressionEntry
    {
        public string Rule { get; set; } = "";
        public string File { get; set; } = "";
        public string Fingerprint { get; set; } = "";
        public string? Text { get; set; }
        public string? Justification { get; set; }
    }
}
