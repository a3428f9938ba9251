using System.Text;
using Microsoft.CodeAnalysis;
using ToneCheck.Engine;

namespace ToneCheck.Rules.Tests;

/// <summary>Paths, letter building and diagnostic formatting shared by the rule tests.</summary>
internal static class TestSupport
{
    private static readonly Lazy<string> s_repoRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ToneCheck.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No folder holding ToneCheck.sln above {AppContext.BaseDirectory}.");
    });

    /// <summary>The folder holding ToneCheck.sln, found by walking up from the test binaries.</summary>
    public static string RepoRoot => s_repoRoot.Value;

    /// <summary>The dev-set copies next to the test binaries (DevSet/en, DevSet/cy, ...).</summary>
    public static string DevSetOutput(string language) => Path.Combine(AppContext.BaseDirectory, "DevSet", language);

    /// <summary>The dev-set copies in the test project's source folder.</summary>
    public static string DevSetSource(string language) => Path.Combine(RepoRoot, "tests", "ToneCheck.Rules.Tests", "DevSet", language);

    /// <summary>A language's labelled letters of our own, written apart from the dev set (corpus/letters/&lt;lang&gt;).</summary>
    public static string CorpusLetters(string language) => Path.Combine(RepoRoot, "corpus", "letters", language);

    public static readonly string[] DevSetLanguages = ["en", "cy", "ms", "vi", "tl"];

    /// <summary>Joins lines with LF, so a test states its letter line by line.</summary>
    public static string Lines(params string[] lines) => string.Join("\n", lines);

    private static readonly Lazy<ToneChecker> s_all = new(() => new ToneChecker());

    /// <summary>A checker with every rule of the catalogue.</summary>
    public static ToneChecker AllRules => s_all.Value;

    /// <summary>Every diagnostic of <paramref name="result"/>, one a line: rule, 1-based line:column, span, quoted text, message.</summary>
    public static string Format(CheckResult result) => Format(result, result.Diagnostics);

    public static string Format(CheckResult result, IEnumerable<Diagnostic> diagnostics)
    {
        var builder = new StringBuilder();
        foreach (var d in diagnostics)
        {
            var span = d.Location.SourceSpan;
            var line = d.Location.GetLineSpan().StartLinePosition;
            var quoted = span.End <= result.Text.Length ? result.Text.ToString(span) : "<outside the text>";
            builder.Append("  ").Append(d.Id).Append(" at ").Append(line.Line + 1).Append(':').Append(line.Character + 1)
                .Append(" [").Append(span.Start).Append("..").Append(span.End).Append(") '").Append(quoted.Replace("\n", "\\n"))
                .Append("': ").Append(d.GetMessage()).Append('\n');
        }
        return builder.Length == 0 ? "  (no diagnostics)\n" : builder.ToString();
    }

    /// <summary>1-based first lines of the diagnostics of <paramref name="ruleId"/>.</summary>
    public static int[] LinesOf(CheckResult result, string ruleId) =>
        result.Diagnostics.Where(d => d.Id == ruleId).Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).ToArray();

    public static bool Fires(CheckResult result, string ruleId) => result.Diagnostics.Any(d => d.Id == ruleId);

    /// <summary>Lower-cased, with every run of white space read as one space: how verbatim overlap is compared.</summary>
    public static string Normalise(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Every run of white space read as one space, case kept.</summary>
    public static string CollapseWhiteSpace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static readonly string[] VariedSentences =
    [
        "Thank you for your business over the past {0} years.",
        "Our agreement will end on {0} June, and your final invoice will follow.",
        "Due to your repeated late payments, we can no longer continue.",
        "You have been rude to our staff on {0} occasions.",
        "We may need to consider ending our agreement.",
        "Halden & Cole handle larger retainers, and I'm happy to introduce you.",
        "DO NOT CALL THE OFFICE AGAIN.",
        "Your deposit of £{0} will be refunded in full.",
        "I'm sorry we couldn't make this work.",
        "As we have explained many times, the retainer covers social content only.",
        "The invoices of {0} May and 7 June remain unpaid.",
        "If you have any questions about the transition, let me know.",
        "We have bent over backwards to accommodate every change.",
        "Your files will be sent to your new provider by Friday {0} July.",
        "Frankly, you are difficult to work with.",
        "We wish you all the best with the new venue.",
        "Unless things change, we will stop on Friday.",
        "This is entirely your fault.",
        "Best of luck with that.",
        "We have not been able to meet your expectations, and I'm sorry about that.",
    ];

    /// <summary>A letter of about <paramref name="chars"/> characters of varied sentences, good and bad, in paragraphs.</summary>
    public static string HugeLetter(int chars)
    {
        var builder = new StringBuilder("Dear Ms Lee,\n\n");
        int i = 0;
        while (builder.Length < chars)
        {
            builder.Append(string.Format(VariedSentences[(i * 7) % VariedSentences.Length], i % 29 + 2));
            builder.Append(i % 5 == 4 ? "\n\n" : (i % 3 == 2 ? "\n" : " "));
            i++;
        }
        builder.Append("\n\nKind regards,\nAnna Patel\n");
        return builder.ToString();
    }
}
