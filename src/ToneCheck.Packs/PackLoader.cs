using System.Collections.Immutable;
using ToneCheck.Lexicons;
using YamlDotNet.Core;

namespace ToneCheck.Packs;

/// <summary>
/// Loads rule packs: a pack is a folder, and each <c>*.yml</c> or <c>*.yaml</c> file directly in it is one rule
/// (like a Vale style). Front ends (the CLI's <c>--pack</c>, a configuration file) all load packs through here.
/// </summary>
public static class PackLoader
{
    /// <summary>A rule file is a few hundred bytes; anything this large is not one.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Loads one pack, against the English lexicon unless another is given.</summary>
    /// <exception cref="PackLoadException">The pack has problems; each names its file, line and column.</exception>
    public static RulePack Load(string folder, Lexicon? lexicon = null) => LoadAll([folder], lexicon)[0];

    /// <summary>Loads several packs; a rule ID may appear only once across all of them.</summary>
    /// <exception cref="PackLoadException">Any pack has problems; all of them are listed.</exception>
    public static ImmutableArray<RulePack> LoadAll(IEnumerable<string> folders, Lexicon? lexicon = null)
    {
        lexicon ??= Lexicon.English;
        var errors = new List<PackError>();
        var packs = ImmutableArray.CreateBuilder<RulePack>();
        var ids = new Dictionary<string, (string File, Mark At)>(StringComparer.OrdinalIgnoreCase);
        foreach (var folder in folders)
        {
            var pack = LoadOne(folder, lexicon, errors, ids);
            if (pack is not null) packs.Add(pack);
        }
        if (errors.Count > 0) throw new PackLoadException(errors);
        return packs.ToImmutable();
    }

    private static RulePack? LoadOne(string folder, Lexicon lexicon, List<PackError> errors, Dictionary<string, (string File, Mark At)> ids)
    {
        if (!Directory.Exists(folder))
        {
            errors.Add(new PackError(folder, 1, 1, File.Exists(folder)
                ? "a pack is a folder of rule files (*.yml), not a single file."
                : "no such pack folder."));
            return null;
        }
        var name = new DirectoryInfo(folder).Name;
        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            errors.Add(new PackError(folder, 1, 1, "the pack has no rule files (*.yml or *.yaml)."));
            return null;
        }
        int before = errors.Count;
        var rules = ImmutableArray.CreateBuilder<PackRule>();
        foreach (var file in files)
        {
            if (Read(file, errors) is not { } text) continue;
            if (new RuleFileReader(file, name, lexicon, errors).Read(text) is not var (rule, at)) continue;
            if (ids.TryGetValue(rule.Rule.Id, out var first))
            {
                errors.Add(new PackError(file, (int)at.Line, (int)at.Column,
                    $"rule ID '{rule.Rule.Id}' is already used by {first.File}:{first.At.Line}:{first.At.Column}."));
                continue;
            }
            ids[rule.Rule.Id] = (file, at);
            rules.Add(rule);
        }
        return errors.Count > before ? null : new RulePack(name, folder, rules.ToImmutable());
    }

    private static string? Read(string file, List<PackError> errors)
    {
        try
        {
            if (new FileInfo(file).Length > MaxFileBytes)
            {
                errors.Add(new PackError(file, 1, 1, $"larger than the {MaxFileBytes / 1024} KB a rule file may have."));
                return null;
            }
            var bytes = File.ReadAllBytes(file);
            var utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            var text = utf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (System.Text.DecoderFallbackException)
        {
            errors.Add(new PackError(file, 1, 1, "not UTF-8 text."));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new PackError(file, 1, 1, $"cannot be read: {e.Message}"));
        }
        return null;
    }
}
