using System.Collections.Concurrent;
using ToneCheck.Text;

namespace ToneCheck.Rules;

/// <summary>
/// What the rules say, in the languages ToneCheck reads. English is written beside each rule's code
/// (<see cref="ToneRule.Messages"/>, its descriptor and advice); every other language is data,
/// <c>Data/&lt;lang&gt;/messages.txt</c>, with one <c>[RULE-ID]</c> section per rule of <c>key = text</c> lines under
/// the same keys, so a translator never touches a mechanism. A key a language lacks falls back to English.
/// </summary>
public static class RuleText
{
    public const string English = "en";

    /// <summary>The keys every rule has besides its <see cref="ToneRule.Messages"/>.</summary>
    public static IReadOnlyList<string> DescriptionKeys { get; } = ["title", "description", "advice"];

    private static readonly ConcurrentDictionary<string, Translation?> Loaded = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The languages with messages, English first.</summary>
    public static IReadOnlyList<string> Languages { get; } =
        [English, .. typeof(RuleText).Assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith("/messages.txt", StringComparison.Ordinal)).Select(n => n[..n.IndexOf('/')]).OrderBy(n => n, StringComparer.Ordinal)];

    /// <summary>Whether rule messages can be written in <paramref name="language"/>.</summary>
    public static bool Supports(string language) => Languages.Contains(language, StringComparer.OrdinalIgnoreCase);

    /// <summary>The word that, where a messages language is chosen, asks for each letter's own language.</summary>
    public const string LettersOwn = "letter";

    /// <summary>What a messages setting accepts (command line, tonecheck.yml, service, editor): "letter" or a
    /// language with messages.</summary>
    public static IReadOnlyList<string> MessageChoices { get; } = [LettersOwn, .. Languages];

    /// <summary>The messages language a setting asks for on top of an inherited choice: unset keeps the inherited
    /// one, "letter" asks for each letter's own (null), a language names itself.</summary>
    public static string? MessagesOver(string? setting, string? inherited) =>
        setting switch { null => inherited, LettersOwn => null, var language => language };

    /// <summary>The language's own name for itself ("Cymraeg"), for headings.</summary>
    public static string NativeName(string language) => Label(language, "name");

    // The words around the rules' own in explain and the docs, by key of the [language] section.
    private static readonly Dictionary<string, string> EnglishLabels = new(StringComparer.Ordinal)
    {
        ["name"] = "English", ["reported"] = "Reported", ["better"] = "Better", ["more"] = "More", ["insert"] = "Sentence to add",
        ["try"] = "try", ["add"] = "add", // before a suggestion in the command line's text output
    };

    /// <summary>A word of the [language] section (name, reported, better, more, insert, try, add) in <paramref name="language"/>, else English.</summary>
    public static string Label(string language, string key) =>
        (language.Equals(English, StringComparison.OrdinalIgnoreCase) ? null : Load(language)?.Labels.GetValueOrDefault(key))
        ?? EnglishLabels[key];

    /// <summary>The keys of the [language] section.</summary>
    public static IReadOnlyCollection<string> LabelKeys => EnglishLabels.Keys;

    /// <summary>The keys a translation gives for each rule besides the English ones: a letter the rule reports and
    /// its better version, in that language, which <c>explain</c> and the docs show and a test checks against the rule.</summary>
    public static IReadOnlyList<string> ExampleKeys { get; } = ["example.reported", "example.better"];

    /// <summary>
    /// The rule's words for <paramref name="key"/> in <paramref name="language"/> ("title", "description", "advice",
    /// or a key of <see cref="ToneRule.Messages"/>); English when the language has no translation of it.
    /// </summary>
    public static string Get(ToneRule rule, string key, string language)
    {
        if (!language.Equals(English, StringComparison.OrdinalIgnoreCase)
            && Load(language)?.Find(rule.Id, key) is { } translated) return translated;
        return InEnglish(rule, key);
    }

    /// <summary>A language's translations of one rule, by key; empty when it has none. For checks of the data.</summary>
    public static IReadOnlyDictionary<string, string> Translations(string language, string ruleId) =>
        Load(language)?.Rule(ruleId) ?? new Dictionary<string, string>();

    /// <summary>The rule IDs a language's file has sections for.</summary>
    public static IReadOnlyCollection<string> TranslatedRules(string language) =>
        (IReadOnlyCollection<string>?)Load(language)?.RuleIds ?? [];

    /// <summary>Puts the quoted words into a message; not <c>string.Format</c>, since a letter's words may hold braces.</summary>
    public static string Fill(string template, string? quote) => quote is null ? template : template.Replace("{0}", quote);

    private static string InEnglish(ToneRule rule, string key) => key switch
    {
        "title" => rule.Descriptor.Title.ToString(),
        "description" => rule.Descriptor.Description.ToString(),
        "advice" => rule.Advice,
        _ => rule.Messages.TryGetValue(key, out var text) ? text
            : throw new KeyNotFoundException($"Rule {rule.Id} has no message '{key}'."),
    };

    private static Translation? Load(string language) =>
        Loaded.GetOrAdd(language, static lang =>
        {
            var name = lang.ToLowerInvariant() + "/messages.txt";
            return DataFile.HasResource(typeof(RuleText).Assembly, name)
                ? Translation.Parse(DataFile.ReadResource(typeof(RuleText).Assembly, name), name)
                : null;
        });

    private sealed class Translation
    {
        private readonly Dictionary<string, Dictionary<string, string>> _rules;

        private Translation(Dictionary<string, string> labels, Dictionary<string, Dictionary<string, string>> rules)
        {
            Labels = labels;
            _rules = rules;
        }

        public Dictionary<string, string> Labels { get; }

        public IReadOnlyCollection<string> RuleIds => _rules.Keys;

        public string? Find(string ruleId, string key) =>
            _rules.TryGetValue(ruleId, out var keys) && keys.TryGetValue(key, out var text) ? text : null;

        public IReadOnlyDictionary<string, string>? Rule(string ruleId) => _rules.TryGetValue(ruleId, out var keys) ? keys : null;

        // [language] holds the language's name and the words around the rules'; every other section is a rule ID.
        public static Translation Parse(string content, string file)
        {
            var rules = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (section, lines) in DataFile.Parse(content))
            {
                var keys = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var line in lines)
                {
                    int eq = line.IndexOf(" = ", StringComparison.Ordinal);
                    if (eq <= 0) throw new FormatException($"{file} [{section}]: '{line}' is not 'key = text'.");
                    // A letter given as an example spans lines: they are written \n in the file.
                    keys[line[..eq].Trim()] = line[(eq + 3)..].Trim().Replace("\\n", "\n");
                }
                if (section.Equals("language", StringComparison.OrdinalIgnoreCase)) labels = keys;
                else rules[section] = keys;
            }
            return new Translation(labels, rules);
        }
    }
}
