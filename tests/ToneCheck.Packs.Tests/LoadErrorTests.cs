using static ToneCheck.Packs.Tests.TestSupport;

namespace ToneCheck.Packs.Tests;

/// <summary>
/// Every way a pack can fail to load gives a clear error at the YAML file, line and column to fix (1-based),
/// never a crash. Each test starts from a valid rule and breaks one thing.
/// </summary>
public class LoadErrorTests
{
    /// <summary>A valid phrases rule; line numbers in the tests below refer to it.</summary>
    private static readonly string[] Phrases =
    [
        "id: TEST001",                          // 1
        "kind: phrases",                        // 2
        "message: reported",                    // 3
        "severity: warning",                    // 4
        "phrases:",                             // 5
        "  keep you posted: say what happens",  // 6
        "examples:",                            // 7
        "  flag:",                              // 8
        "    - \"We will [|keep you posted|].\"", // 9
        "  pass:",                              // 10
        "    - \"We will write once.\"",        // 11
    ];

    /// <summary>A valid pattern rule.</summary>
    private static readonly string[] Pattern =
    [
        "id: TEST002",                          // 1
        "kind: pattern",                        // 2
        "message: reported",                    // 3
        "severity: info",                       // 4
        "patterns:",                            // 5
        "  - you (failed|forgot) => say less",  // 6
        "examples:",                            // 7
        "  flag: [\"You failed.\"]",            // 8
        "  pass: [\"We failed.\"]",             // 9
    ];

    /// <summary>A valid required rule.</summary>
    private static readonly string[] Required =
    [
        "id: TEST003",                          // 1
        "kind: required",                       // 2
        "message: no keys",                     // 3
        "severity: info",                       // 4
        "suggestion: Return the keys.",         // 5
        "accept: [return (the|your) keys]",     // 6
        "examples:",                            // 7
        "  flag: [\"The lease ends.\"]",        // 8
        "  pass: [\"Please return the keys.\"]", // 9
    ];

    private static string[] With(string[] rule, int line, string replacement) =>
        rule.Select((l, i) => i == line - 1 ? replacement : l).ToArray();

    private static string[] Inserted(string[] rule, int line, string inserted) =>
        [.. rule.Take(line - 1), inserted, .. rule.Skip(line - 1)];

    private static string[] Without(string[] rule, params int[] lines) =>
        rule.Where((_, i) => !lines.Contains(i + 1)).ToArray();

    /// <summary>Loads <paramref name="lines"/> as rule.yml and requires exactly one error, there, saying <paramref name="says"/>.</summary>
    private static PackError SingleError(string[] lines, int line, int column, string says)
    {
        using var pack = new TempPack(("rule.yml", Lines(lines)));
        var errors = pack.Errors();
        var error = Assert.Single(errors);
        Assert.Equal(pack.PathOf("rule.yml"), error.File);
        Assert.True((line, column) == (error.Line, error.Column), $"expected {line}:{column}, got {error}");
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
        Assert.Equal($"{pack.PathOf("rule.yml")}:{line}:{column}: {error.Message}", error.ToString());
        return error;
    }

    [Fact]
    public void The_valid_rules_load()
    {
        using var pack = new TempPack(("a.yml", Lines(Phrases)), ("b.yml", Lines(Pattern)), ("c.yml", Lines(Required)));
        Assert.Equal(["TEST001", "TEST002", "TEST003"], pack.Load().Rules.Select(r => r.Rule.Id));
    }

    [Fact] public void Yaml_syntax() => SingleError(With(Phrases, 3, "message: \"unterminated"), 3, 10, "not valid YAML: While scanning a multi-line double-quoted scalar");
    [Fact] public void Yaml_that_stops_the_parser() => SingleError(With(Phrases, 3, "message: [unclosed"), 4, 1, "not valid YAML: the parser stopped here");
    [Fact] public void Duplicate_key() => SingleError(Inserted(Phrases, 3, "kind: pattern"), 3, 1, "Duplicate key");
    [Fact] public void Unknown_key() => SingleError(Inserted(Phrases, 5, "colour: red"), 5, 1, "unknown key 'colour'; a phrases file has: id, name, kind");
    [Fact] public void Key_of_another_kind() => SingleError(Inserted(Phrases, 5, "accept: [x]"), 5, 1, "'accept' is a key of 'required' rules, not of 'phrases' rules");
    [Fact] public void Bad_severity() => SingleError(With(Phrases, 4, "severity: loud"), 4, 11, "severity 'loud' is not one of: error, warning, info");
    [Fact] public void Bad_kind() => SingleError(With(Phrases, 2, "kind: rule"), 2, 7, "kind 'rule' is not one of: phrases, pattern, required");
    [Fact] public void Id_of_the_wrong_shape() => SingleError(With(Phrases, 1, "id: legal1"), 1, 5, "must be 2 to 8 capital letters and 3 digits");
    [Fact] public void Id_with_the_TC_prefix() => SingleError(With(Phrases, 1, "id: TC012"), 1, 5, "uses the TC prefix");
    [Fact] public void Missing_message() => SingleError(Without(Phrases, 3), 1, 1, "missing 'message'");
    [Fact] public void Empty_message() => SingleError(With(Phrases, 3, "message:"), 3, 1, "'message' is empty");
    [Fact] public void Message_that_is_a_list() => SingleError(With(Phrases, 3, "message: [a, b]"), 3, 10, "'message' must be a single value, not a list");
    [Fact] public void Bad_link() => SingleError(Inserted(Phrases, 5, "link: example.com/x"), 5, 7, "must be an absolute http or https address");
    [Fact] public void Bad_name() => SingleError(Inserted(Phrases, 5, "name: File Handover"), 5, 7, "must be kebab-case");
    [Fact] public void Bad_negation() => SingleError(Inserted(Phrases, 5, "negation: maybe"), 5, 11, "negation 'maybe' is not one of: skip, report");
    [Fact] public void Bad_place() => SingleError(Inserted(Required, 5, "place: middle"), 5, 8, "place 'middle' is not one of: opening, closing");

    [Fact] public void Phrases_that_are_a_list() => SingleError(With(Without(Phrases, 6), 5, "phrases: [a, b]"), 5, 10, "'phrases' must map each phrase to its suggested rewrite");
    [Fact] public void Phrase_without_a_suggestion() => SingleError(With(Phrases, 6, "  keep you posted:"), 6, 3, "phrase 'keep you posted' has no suggestion");
    [Fact] public void Phrase_without_words() => SingleError(Inserted(Phrases, 7, "  '...': no"), 7, 3, "phrase '...' has no words");
    [Fact] public void Phrase_listed_twice_in_another_case() => SingleError(Inserted(Phrases, 7, "  Keep You Posted: again"), 7, 3, "is already listed at line 6");

    [Fact] public void Pattern_with_a_missing_bracket() => SingleError(With(Pattern, 6, "  - you (failed|forgot => say less"), 6, 5, "missing ')'");
    [Fact] public void Pattern_with_an_unknown_class() => SingleError(With(Pattern, 6, "  - '@nonsense failed => say less'"), 6, 5, "unknown word class '@nonsense'");
    [Fact] public void Pattern_that_matches_nothing() => SingleError(With(Pattern, 6, "  - you? => say less"), 6, 5, "can match no words at all");
    [Fact] public void Pattern_with_a_runaway_gap() => SingleError(With(Pattern, 6, "  - you ...999 late => say less"), 6, 5, "a gap is at most");
    [Fact] public void Pattern_with_a_gap_past_the_limit() => SingleError(With(Pattern, 6, "  - you ...49 late => say less"), 6, 5, "a gap is at most ...48 tokens");
    [Fact] public void Pattern_without_a_suggestion() => SingleError(With(Pattern, 6, "  - you (failed|forgot)"), 6, 5, "has no suggestion ('=> ...' after it), and the rule has no 'suggestion'");
    [Fact] public void Patterns_missing() => SingleError(Without(Pattern, 5, 6), 1, 1, "missing 'patterns'");
    [Fact] public void Pattern_that_is_not_text() => SingleError(With(Pattern, 6, "  - [you, failed]"), 6, 5, "each item of 'patterns' must be a token pattern, not a list");
    [Fact] public void Required_without_suggestion() => SingleError(Without(Required, 5), 1, 1, "missing 'suggestion'");
    [Fact] public void Required_with_a_bad_accepted_pattern() => SingleError(With(Required, 6, "accept: [\"return (the|your keys\"]"), 6, 10, "missing ')'");

    [Fact] public void Missing_examples() => SingleError(Without(Phrases, 7, 8, 9, 10, 11), 1, 1, "missing 'examples'");
    [Fact] public void Missing_pass_examples() => SingleError(Without(Phrases, 10, 11), 7, 1, "needs a 'pass' list");
    [Fact] public void Empty_flag_examples() => SingleError(With(Pattern, 8, "  flag: []"), 8, 9, "needs a 'flag' list");
    [Fact] public void Unknown_example_list() => SingleError(Inserted(Phrases, 10, "  fail: [x]"), 10, 3, "unknown key 'fail' in 'examples'");
    [Fact] public void Markers_in_a_pass_example() => SingleError(With(Phrases, 11, "    - \"We will [|write|] once.\""), 11, 7, "only a flag example of a phrases or pattern rule marks a span");
    [Fact] public void Markers_in_a_required_rule_example() => SingleError(With(Required, 8, "  flag: [\"The [|lease|] ends.\"]"), 8, 10, "only a flag example of a phrases or pattern rule marks a span");
    [Fact] public void Unbalanced_markers() => SingleError(With(Phrases, 9, "    - \"We will [|keep you posted.\""), 9, 7, "mark one non-empty span");
    [Fact] public void Empty_marked_span() => SingleError(With(Phrases, 9, "    - \"We will [||] keep you posted.\""), 9, 7, "mark one non-empty span");

    [Fact] public void Empty_file() => SingleError([], 1, 1, "the file is empty");
    [Fact] public void Two_documents() => SingleError([.. Phrases, "---", "id: TEST009"], 13, 1, "a rule file holds one rule");
    [Fact] public void Root_that_is_a_list() => SingleError(["- id: TEST001"], 1, 1, "a rule file is a YAML mapping");

    [Fact]
    public void Several_problems_in_one_file_are_all_reported()
    {
        using var pack = new TempPack(("rule.yml", Lines(With(With(With(Phrases, 1, "id: TC001"), 4, "severity: loud"), 11, "    - \"[|no|]\""))));
        var errors = pack.Errors();
        Assert.Equal([(1, 5), (4, 11), (11, 7)], errors.Select(e => (e.Line, e.Column)).Order());
    }

    [Fact]
    public void Problems_in_several_files_are_all_reported_with_their_file()
    {
        using var pack = new TempPack(("a.yml", Lines(With(Phrases, 4, "severity: loud"))), ("b.yml", Lines(With(Pattern, 2, "kind: patterns"))));
        var errors = pack.Errors();
        Assert.Equal([(pack.PathOf("a.yml"), 4), (pack.PathOf("b.yml"), 2)], errors.Select(e => (e.File, e.Line)));
    }

    [Fact]
    public void Duplicate_id_in_one_pack_names_both_places()
    {
        using var pack = new TempPack(("a.yml", Lines(Phrases)), ("b.yml", Lines(With(Pattern, 1, "id:   TEST001"))));
        var error = Assert.Single(pack.Errors());
        Assert.Equal((pack.PathOf("b.yml"), 1, 7), (error.File, error.Line, error.Column));
        Assert.Contains($"rule ID 'TEST001' is already used by {pack.PathOf("a.yml")}:1:5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_id_across_packs()
    {
        using var first = new TempPack(("a.yml", Lines(Phrases)));
        using var second = new TempPack(("z.yml", Lines(With(Pattern, 1, "id: TEST001"))));
        var error = Assert.Single(Assert.Throws<PackLoadException>(() => PackLoader.LoadAll([first.Folder, second.Folder])).Errors);
        Assert.Equal((second.PathOf("z.yml"), 1, 5), (error.File, error.Line, error.Column));
        Assert.Contains(first.PathOf("a.yml"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_folder_a_file_instead_of_a_folder_and_a_folder_without_rules()
    {
        using var empty = new TempPack(("notes.txt", "not a rule"));
        var missing = Path.Combine(empty.Folder, "nope");
        var file = empty.PathOf("notes.txt");

        var errors = Assert.Throws<PackLoadException>(() => PackLoader.LoadAll([missing, file, empty.Folder])).Errors;

        Assert.Equal([(missing, "no such pack folder"), (file, "not a single file"), (empty.Folder, "no rule files")],
            errors.Select(e => (e.File, Fragment(e.Message))));
        static string Fragment(string message) =>
            new[] { "no such pack folder", "not a single file", "no rule files" }.First(f => message.Contains(f, StringComparison.Ordinal));
    }

    [Fact]
    public void File_that_is_not_utf8()
    {
        using var pack = new TempPack();
        File.WriteAllBytes(pack.PathOf("rule.yml"), [0x69, 0x64, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]);
        var error = Assert.Single(pack.Errors());
        Assert.Equal((1, 1, "not UTF-8 text."), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void Error_message_lists_every_problem()
    {
        using var pack = new TempPack(("rule.yml", Lines(With(With(Phrases, 1, "id: TC001"), 4, "severity: loud"))));
        var e = Assert.Throws<PackLoadException>(() => pack.Load());
        Assert.Equal(2, e.Message.Split(Environment.NewLine).Length);
        Assert.StartsWith(pack.PathOf("rule.yml") + ":1:5: ", e.Message, StringComparison.Ordinal);
    }
}
