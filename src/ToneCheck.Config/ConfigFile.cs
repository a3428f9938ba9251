using Microsoft.CodeAnalysis;
using ToneCheck.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ToneCheck.Config;

/// <summary>One rule's settings in a config file: its severity (null: unchanged) and option values by name.</summary>
public sealed record RuleSettings(ReportDiagnostic? Severity, IReadOnlyDictionary<string, string> Options)
{
    /// <summary>Where the rule is named, for errors found later (a pack rule that no listed pack defines).</summary>
    public (string File, int Line, int Column) Origin { get; init; }
}

/// <summary>
/// One <c>tonecheck.yml</c>, validated as it is read: every unknown key and bad value is an error that names
/// the file, line and column, because a setting silently ignored is worse than a build that stops.
/// </summary>
public sealed partial class ConfigFile
{
    public const string FileName = "tonecheck.yml";

    private static readonly string[] TopLevelKeys = ["root", "language", "messages", "model", "include", "exclude", "rules", "packs"];
    private static readonly string[] Languages = ["auto", "en", "cy", "ms", "vi", "tl"];

    private ConfigFile(string path) => Path = path;

    public string Path { get; }

    /// <summary>The folder the file's relative paths and globs are read against.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path)) ?? ".";

    /// <summary>Stops the search for config files further up.</summary>
    public bool Root { get; private set; }

    /// <summary>"auto" or a language code; null when this file does not say.</summary>
    public string? Language { get; private set; }

    /// <summary>"letter" or a language code to write messages in; null when this file does not say.</summary>
    public string? Messages { get; private set; }

    public bool? Model { get; private set; }

    public IReadOnlyList<string>? Include { get; private set; }

    public IReadOnlyList<string>? Exclude { get; private set; }

    /// <summary>Folders of custom rule packs, made absolute against <see cref="Folder"/>.</summary>
    public IReadOnlyList<string>? Packs { get; private set; }

    /// <summary>Settings by rule ID (names in the file are resolved to IDs).</summary>
    public IReadOnlyDictionary<string, RuleSettings> Rules { get; private set; } = new Dictionary<string, RuleSettings>();

    public static ConfigFile Load(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new ConfigException(path, 1, 1, $"cannot be read: {e.Message}"); }
        return Parse(text, path);
    }

    public static ConfigFile Parse(string text, string path)
    {
        var stream = new YamlStream();
        try { stream.Load(new StringReader(text)); }
        catch (YamlException e) { throw new ConfigException(path, (int)e.Start.Line, (int)e.Start.Column, $"not valid YAML: {e.InnerException?.Message ?? e.Message}"); }
        var config = new ConfigFile(path);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return config;
        if (stream.Documents.Count > 1) throw Error(path, stream.Documents[1].RootNode, "one YAML document expected");
        var root = stream.Documents[0].RootNode as YamlMappingNode ?? throw Error(path, stream.Documents[0].RootNode, "expected a mapping of settings (root, language, messages, model, include, exclude, rules, packs)");
        foreach (var (keyNode, value) in root.Children)
        {
            string key = Scalar(path, keyNode);
            switch (key)
            {
                case "root": config.Root = Bool(path, value, "root"); break;
                case "model": config.Model = Bool(path, value, "model"); break;
                case "language":
                    var language = Scalar(path, value).ToLowerInvariant();
                    if (!Languages.Contains(language)) throw Error(path, value, $"language '{language}' is not one of {string.Join(", ", Languages)}");
                    config.Language = language;
                    break;
                case "messages":
                    var messages = Scalar(path, value).ToLowerInvariant();
                    if (!RuleText.MessageChoices.Contains(messages))
                        throw Error(path, value, $"messages '{messages}' is not one of {string.Join(", ", RuleText.MessageChoices)}");
                    config.Messages = messages;
                    break;
                case "include": config.Include = Strings(path, value, "include"); break;
                case "exclude": config.Exclude = Strings(path, value, "exclude"); break;
                case "packs": config.Packs = Strings(path, value, "packs").Select(p => System.IO.Path.GetFullPath(p, config.Folder)).ToList(); break;
                case "rules": config.Rules = ReadRules(path, value); break;
                default: throw Error(path, keyNode, $"unknown setting '{key}'; expected one of {string.Join(", ", TopLevelKeys)}");
            }
        }
        return config;
    }

    private static Dictionary<string, RuleSettings> ReadRules(string path, YamlNode node)
    {
        var rules = new Dictionary<string, RuleSettings>(StringComparer.Ordinal);
        if (node is YamlScalarNode { Value: null or "" }) return rules;
        var map = node as YamlMappingNode ?? throw Error(path, node, "'rules' must map rule IDs (TC001) or names (blame) to a severity or to settings");
        foreach (var (keyNode, value) in map.Children)
        {
            string key = Scalar(path, keyNode);
            var origin = (path, (int)keyNode.Start.Line, (int)keyNode.Start.Column);
            var rule = RuleCatalog.Find(key) ?? RuleCatalog.All.FirstOrDefault(r => r.Name.Equals(key, StringComparison.OrdinalIgnoreCase));
            if (rule is null && PackRuleId().IsMatch(key))
            {
                // A rule of a custom pack: only its severity can be set; that a listed pack defines it is checked on loading.
                if (rules.ContainsKey(key)) throw Error(path, keyNode, $"{key} is configured twice");
                rules[key] = new RuleSettings(value is YamlScalarNode ? Severity(path, value) : throw Error(path, value, $"{key}: a pack rule takes a severity only"),
                    new Dictionary<string, string>()) { Origin = origin };
                continue;
            }
            if (rule is null) throw Error(path, keyNode, $"no rule '{key}'; rules are TC001 to TC011, their names, or the IDs of a listed pack's rules");
            if (rules.ContainsKey(rule.Id)) throw Error(path, keyNode, $"{rule.Id} is configured twice");
            if (value is YamlScalarNode)
            {
                rules[rule.Id] = new RuleSettings(Severity(path, value), new Dictionary<string, string>()) { Origin = origin };
                continue;
            }
            var settings = value as YamlMappingNode ?? throw Error(path, value, $"{rule.Id}: expected a severity or a mapping of settings");
            ReportDiagnostic? severity = null;
            var options = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (optionKey, optionValue) in settings.Children)
            {
                string name = Scalar(path, optionKey);
                if (name == "severity") { severity = Severity(path, optionValue); continue; }
                var option = rule.Options.FirstOrDefault(o => o.Name == name)
                    ?? throw Error(path, optionKey, $"{rule.Id} has no setting '{name}'; it takes {string.Join(", ", rule.Options.Select(o => o.Name).Prepend("severity"))}");
                string text = Scalar(path, optionValue);
                if (option.Validate(text) is { } problem) throw Error(path, optionValue, $"{rule.Id} {name}: {problem}");
                options[name] = text;
            }
            rules[rule.Id] = new RuleSettings(severity, options) { Origin = origin };
        }
        return rules;
    }

    // The shape of a custom pack's rule IDs (their own prefix; never TC).
    [System.Text.RegularExpressions.GeneratedRegex("^(?!TC)[A-Z]{2,8}[0-9]{3}$")]
    private static partial System.Text.RegularExpressions.Regex PackRuleId();

    internal static ReportDiagnostic Severity(string path, YamlNode node) => Scalar(path, node).ToLowerInvariant() switch
    {
        "error" => ReportDiagnostic.Error,
        "warning" => ReportDiagnostic.Warn,
        "info" => ReportDiagnostic.Info,
        "none" => ReportDiagnostic.Suppress,
        var other => throw Error(path, node, $"severity '{other}' is not one of error, warning, info, none"),
    };

    private static bool Bool(string path, YamlNode node, string key) => Scalar(path, node).ToLowerInvariant() switch
    {
        "true" or "on" or "yes" => true,
        "false" or "off" or "no" => false,
        var other => throw Error(path, node, $"'{key}' must be on or off (true or false), not '{other}'"),
    };

    private static List<string> Strings(string path, YamlNode node, string key) => node switch
    {
        YamlScalarNode s when !string.IsNullOrWhiteSpace(s.Value) => [s.Value!],
        YamlSequenceNode seq => seq.Children.Select(c => Scalar(path, c)).ToList(),
        _ => throw Error(path, node, $"'{key}' must be a list of patterns"),
    };

    internal static string Scalar(string path, YamlNode node) =>
        node is YamlScalarNode { Value: { } v } ? v : throw Error(path, node, "expected a single value here");

    internal static ConfigException Error(string path, YamlNode node, string problem) =>
        new(path, (int)node.Start.Line, (int)node.Start.Column, problem);
}
