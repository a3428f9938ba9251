using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ToneCheck.Lexicons;
using ToneCheck.Packs.Rules;
using ToneCheck.Rules;
using ToneCheck.Rules.Mechanisms;
using ToneCheck.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ToneCheck.Packs;

/// <summary>
/// Reads one rule file of a pack (the format is in README, "Custom rule packs"). Every problem is recorded with
/// the line and column of the YAML node that causes it, and reading goes on where it can, so one run lists them all.
/// </summary>
internal sealed partial class RuleFileReader
{
    private static readonly string[] CommonKeys = ["id", "name", "kind", "message", "severity", "description", "link", "examples"];

    private static readonly Dictionary<string, string[]> KindKeys = new(StringComparer.Ordinal)
    {
        ["phrases"] = ["phrases", "suggestion", "negation"],
        ["pattern"] = ["patterns", "suggestion", "negation"],
        ["required"] = ["accept", "suggestion", "place"],
    };

    [GeneratedRegex("^[A-Z]{2,8}[0-9]{3}$")]
    private static partial Regex IdShape();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NameShape();

    private readonly string _file;
    private readonly string _pack;
    private readonly Lexicon _lexicon;
    private readonly List<PackError> _errors;

    public RuleFileReader(string file, string pack, Lexicon lexicon, List<PackError> errors)
    {
        _file = file;
        _pack = pack;
        _lexicon = lexicon;
        _errors = errors;
    }

    /// <summary>The rule and the place of its <c>id</c>, or null when the file has errors (recorded).</summary>
    public (PackRule Rule, Mark IdMark)? Read(string text)
    {
        int before = _errors.Count;
        if (Parse(text) is not { } root) return null;
        var keys = Keys(root);

        var kind = Choice(keys, root, "kind", ["phrases", "pattern", "required"], required: true);
        CheckKeys(keys, kind);
        var id = Id(keys, root);
        var name = Name(keys);
        var message = Text(keys, root, "message", required: true);
        var severity = Choice(keys, root, "severity", ["error", "warning", "info"], required: true) switch
        {
            "error" => DiagnosticSeverity.Error,
            "warning" => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };
        var description = Text(keys, root, "description", required: false);
        var link = Link(keys, root);
        var suggestion = Text(keys, root, "suggestion", required: kind == "required");
        // Whether a span may be marked depends on the kind; with no valid kind there is nothing to hold markers against.
        var examples = Examples(keys, root, markersAllowed: kind is null or "phrases" or "pattern");

        // The detection is read even when the header has problems, so that one run reports both.
        var header = id is not null && message is not null
            ? RuleHeader.Create(id, name, _pack, message, severity, description, link, examples.Select(e => e.Example).ToImmutableArray())
            : null;
        bool skipNegated = Choice(keys, root, "negation", ["skip", "report"], required: false) == "skip";
        var place = Choice(keys, root, "place", ["opening", "closing"], required: false) == "opening" ? ElementPlace.Opening : ElementPlace.Closing;
        ToneRule? rule = kind switch
        {
            "phrases" => Phrases(keys, root, suggestion) is { } phrases && header is not null
                ? new PackLineRule(header, _lexicon.CreateSet(phrases), skipNegated, suggestion) : null,
            "pattern" => Patterns(keys, root, "patterns", suggestion) is { } patterns && header is not null
                ? new PackLineRule(header, _lexicon.CreateSet(patterns), skipNegated, suggestion) : null,
            "required" => Patterns(keys, root, "accept", "") is { } accepted && header is not null && suggestion is not null
                ? new PackRequiredRule(header, _lexicon.CreateSet(accepted), place, suggestion) : null,
            _ => null,
        };
        if (rule is null || _errors.Count > before) return null;
        var idMark = keys["id"].Value.Start;
        return (new PackRule(rule, _file, (int)idMark.Line, examples), idMark);
    }

    private YamlMappingNode? Parse(string text)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(text));
        try
        {
            if (TooDeep(new Parser(scanner)) is { } at)
            {
                Error(at, $"nested more than {MaxDepth} levels deep; a rule file is a mapping of values and short lists.");
                return null;
            }
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            Error(e.Start, $"not valid YAML: {e.Message}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // Some malformed input (an unclosed flow sequence) trips the parser's state instead of raising a
            // YamlException: report it where the scanner stopped.
            Error(scanner.CurrentPosition, "not valid YAML: the parser stopped here (an unclosed [ or { before this point?).");
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            Error(1, 1, "the file is empty; a rule file is a YAML mapping with id, kind, message, severity and examples.");
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            Error(stream.Documents[1].RootNode.Start, "a rule file holds one rule (one YAML document); put the next rule in a file of its own.");
            return null;
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Error(stream.Documents[0].RootNode.Start, $"a rule file is a YAML mapping (key: value lines), not {Describe(stream.Documents[0].RootNode)}.");
            return null;
        }
        return root;
    }

    /// <summary>A rule needs three levels (rule, examples, list); the document model recurses per level, so
    /// thousands of nested brackets would overflow the stack before any error could be reported.</summary>
    private const int MaxDepth = 16;

    // The event parser keeps its own stack, so it reads any nesting without recursing.
    private static Mark? TooDeep(Parser parser)
    {
        int depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart:
                    if (++depth > MaxDepth) return parser.Current.Start;
                    break;
                case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                    depth--;
                    break;
            }
        }
        return null;
    }

    private Dictionary<string, (YamlScalarNode Key, YamlNode Value)> Keys(YamlMappingNode map)
    {
        var keys = new Dictionary<string, (YamlScalarNode, YamlNode)>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode { Value: { } k } scalar) keys[k] = (scalar, value);
            else Error(key.Start, $"a key must be a plain word, not {Describe(key)}.");
        }
        return keys;
    }

    private void CheckKeys(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> keys, string? kind)
    {
        foreach (var (name, (key, _)) in keys)
        {
            if (CommonKeys.Contains(name) || kind is null && KindKeys.Values.Any(k => k.Contains(name))) continue;
            if (kind is not null && KindKeys[kind].Contains(name)) continue;
            var owner = KindKeys.FirstOrDefault(k => k.Value.Contains(name)).Key;
            Error(key.Start, owner is not null
                ? $"'{name}' is a key of '{owner}' rules, not of '{kind}' rules."
                : $"unknown key '{name}'; a {kind ?? "rule"} file has: {string.Join(", ", CommonKeys.Concat(kind is null ? [] : KindKeys[kind]))}.");
        }
    }

    private string? Id(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> keys, YamlMappingNode root)
    {
        var id = Text(keys, root, "id", required: true);
        if (id is null) return null;
        var at = keys["id"].Value.Start;
        if (!IdShape().IsMatch(id))
        {
            Error(at, $"id '{id}' must be 2 to 8 capital letters and 3 digits, like LEGAL001.");
            return null;
        }
        if (id.StartsWith("TC", StringComparison.Ordinal) && char.IsDigit(id[2]))
        {
            Error(at, $"id '{id}' uses the TC prefix, which belongs to ToneCheck's own rules; give the pack a prefix of its own, like LEGAL001.");
            return null;
        }
        return id;
    }

    private string Name(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> keys)
    {
        if (keys.TryGetValue("name", out var entry) && entry.Value is YamlScalarNode { Value: { } given } node && !IsNull(node))
        {
            if (!NameShape().IsMatch(given)) Error(node.Start, $"name '{given}' must be kebab-case: lower-case words and digits joined by '-', like file-handover.");
            return given;
        }
        if (keys.ContainsKey("name") && entry.Value is not YamlScalarNode) Error(entry.Value.Start, $"'name' must be a single value, not {Describe(entry.Value)}.");
        // By default a rule is named after its file: file-handover.yml is "file-handover".
        var stem = Path.GetFileNameWithoutExtension(_file).ToLowerInvariant();
        var words = NonNameCharacters().Split(stem).Where(w => w.Length > 0);
        var name = string.Join('-', words);
        return name.Length > 0 ? name : "rule";
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonNameCharacters();

    private string? Link(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> keys, YamlMappingNode root)
    {
        var link = Text(keys, root, "link", required: false);
        if (link is null) return null;
        if (Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") return link;
        Error(keys["link"].Value.Start, $"link '{link}' must be an absolute http or https address.");
        return null;
    }

    private string? Text(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> keys, YamlMappingNode root, string key, bool required)
    {
        if (!keys.TryGetValue(key, out var entry))
        {
            if (required) Error(root.Start, $"missing '{key}'.");
            return null;
        }
        if (entry.Value is not YamlScalarNode scalar)
        {
            Error(entry.Value.Start, $"'{key}' must be a single value, not {Describe(entry.Value)}.");
            return null;
        }
        if (IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value))
        {
            if (required) Error(entry.Key.Start, $"'{key}' is empty.");
            return null;
        }
        return scalar.Value!.Trim();
    }

    private string? Choice(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> keys, YamlMappingNode root, string key, string[] choices, bool required)
    {
        var value = Text(keys, root, key, required);
        if (value is null) return null;
        var choice = choices.FirstOrDefault(c => c.Equals(value, StringComparison.OrdinalIgnoreCase));
        if (choice is null) Error(keys[key].Value.Start, $"{key} '{value}' is not one of: {string.Join(", ", choices)}.");
        return choice;
    }

    // phrases: { "literal phrase": "suggestion", ... }; a phrase without a suggestion takes the rule's.
    private List<TokenPattern>? Phrases(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> keys, YamlMappingNode root, string? fallback)
    {
        if (!keys.TryGetValue("phrases", out var entry))
        {
            Error(root.Start, "missing 'phrases': a mapping of each phrase to its suggested rewrite.");
            return null;
        }
        if (entry.Value is not YamlMappingNode map || map.Children.Count == 0)
        {
            Error(entry.Value.Start, "'phrases' must map each phrase to its suggested rewrite (phrase: suggestion lines).");
            return null;
        }
        var patterns = new List<TokenPattern>();
        var seen = new Dictionary<string, Mark>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { } phrase } || string.IsNullOrWhiteSpace(phrase))
            {
                Error(key.Start, "a phrase must be text.");
                continue;
            }
            string? suggestion = null;
            if (value is YamlScalarNode s && !IsNull(s) && !string.IsNullOrWhiteSpace(s.Value)) suggestion = s.Value.Trim();
            else if (value is not YamlScalarNode) { Error(value.Start, $"the suggestion for '{phrase}' must be text, not {Describe(value)}."); continue; }
            suggestion ??= fallback;
            if (suggestion is null)
            {
                Error(key.Start, $"phrase '{phrase}' has no suggestion, and the rule has no 'suggestion' to fall back on.");
                continue;
            }
            var tokens = Segmenter.English.Tokenize(SourceText.From(phrase), new TextSpan(0, phrase.Length));
            if (!tokens.Any(t => t.Kind is TokenKind.Word or TokenKind.Number))
            {
                Error(key.Start, $"phrase '{phrase}' has no words.");
                continue;
            }
            var norms = tokens.Select(t => t.Norm).ToList();
            var normalised = string.Join(' ', norms);
            if (seen.TryGetValue(normalised, out var first))
            {
                Error(key.Start, $"phrase '{phrase}' is already listed at line {first.Line} (phrases match regardless of case).");
                continue;
            }
            seen[normalised] = key.Start;
            patterns.Add(TokenPattern.Literal(phrase.Trim(), norms, suggestion));
        }
        return patterns;
    }

    // patterns / accept: a list of token patterns. Line rules need a suggestion for each ("=> ..." or the rule's).
    private List<TokenPattern>? Patterns(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> keys, YamlMappingNode root, string key, string? fallback)
    {
        if (!keys.TryGetValue(key, out var entry))
        {
            Error(root.Start, $"missing '{key}': a list of token patterns.");
            return null;
        }
        if (entry.Value is not YamlSequenceNode list || list.Children.Count == 0)
        {
            Error(entry.Value.Start, $"'{key}' must be a list of token patterns (lines starting with '- ').");
            return null;
        }
        var patterns = new List<TokenPattern>();
        foreach (var item in list.Children)
        {
            if (item is not YamlScalarNode { Value: { } source } scalar || IsNull(scalar) || string.IsNullOrWhiteSpace(source))
            {
                Error(item.Start, $"each item of '{key}' must be a token pattern, not {Describe(item)}.");
                continue;
            }
            try
            {
                var pattern = _lexicon.ParsePattern(source);
                if (pattern.Note is null && fallback is null)
                {
                    Error(item.Start, $"pattern '{pattern.Source}' has no suggestion ('=> ...' after it), and the rule has no 'suggestion' to fall back on.");
                    continue;
                }
                patterns.Add(pattern);
            }
            catch (FormatException e)
            {
                Error(item.Start, e.Message);
            }
        }
        return patterns;
    }

    private ImmutableArray<PackExample> Examples(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> keys, YamlMappingNode root, bool markersAllowed)
    {
        var result = ImmutableArray.CreateBuilder<PackExample>();
        if (!keys.TryGetValue("examples", out var entry))
        {
            Error(root.Start, "missing 'examples': a rule carries its own tests, as 'flag' and 'pass' lists of text.");
            return result.ToImmutable();
        }
        if (entry.Value is not YamlMappingNode map)
        {
            Error(entry.Value.Start, $"'examples' must be a mapping with 'flag' and 'pass' lists, not {Describe(entry.Value)}.");
            return result.ToImmutable();
        }
        var lists = Keys(map);
        foreach (var (name, (key, _)) in lists)
            if (name is not ("flag" or "pass")) Error(key.Start, $"unknown key '{name}' in 'examples'; it has: flag, pass.");
        foreach (var list in new[] { "flag", "pass" })
        {
            bool flag = list == "flag";
            if (!lists.TryGetValue(list, out var items) || items.Value is not YamlSequenceNode sequence || sequence.Children.Count == 0)
            {
                Error(lists.TryGetValue(list, out var found) ? found.Value.Start : entry.Key.Start,
                    $"'examples' needs a '{list}' list with at least one text the rule {(flag ? "must report" : "must not report")}.");
                continue;
            }
            foreach (var item in sequence.Children)
            {
                if (item is not YamlScalarNode { Value: { } text } scalar || IsNull(scalar) || string.IsNullOrWhiteSpace(text))
                {
                    Error(item.Start, $"each '{list}' example must be text, not {Describe(item)}.");
                    continue;
                }
                if (CheckMarkers(text, flag && markersAllowed, item.Start))
                    result.Add(new PackExample(new RuleExample(text, flag), (int)item.Start.Line, (int)item.Start.Column));
            }
        }
        return result.ToImmutable();
    }

    // [|...|] marks the expected span of a line rule's flag example; anywhere else the markers would be ignored.
    private bool CheckMarkers(string text, bool markersAllowed, Mark at)
    {
        int opens = Count(text, "[|"), closes = Count(text, "|]");
        if (opens == 0 && closes == 0) return true;
        if (!markersAllowed)
        {
            Error(at, "only a flag example of a phrases or pattern rule marks a span with [|...|]; remove the markers here.");
            return false;
        }
        var span = new RuleExample(text, true).MarkedSpan;
        if (opens != 1 || closes != 1 || span is not { } s || s.End <= s.Start)
        {
            Error(at, "mark one non-empty span with [|...|] (or none, to say only that the rule fires somewhere).");
            return false;
        }
        return true;
    }

    private static int Count(string text, string marker)
    {
        int n = 0;
        for (int i = text.IndexOf(marker, StringComparison.Ordinal); i >= 0; i = text.IndexOf(marker, i + marker.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s when IsNull(s) => "nothing",
        _ => "a single value",
    };

    private void Error(Mark at, string message) => Error((int)at.Line, (int)at.Column, message);

    private void Error(int line, int column, string message) => _errors.Add(new PackError(_file, line, column, message));
}
