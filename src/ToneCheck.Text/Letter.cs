using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace ToneCheck.Text;

/// <summary>
/// A parsed letter: the original text, what each line is (header, greeting, body, signature, quoted reply, ...),
/// the recipient named in the greeting, and the writer's own text split into paragraphs, sentences and tokens.
/// Every span points into <see cref="Text"/>, so diagnostics land on the original line and column.
/// </summary>
public sealed class Letter
{
    internal Letter(SourceText text, string path, ImmutableArray<LetterRegion> lineRegions, TextSpan? greeting,
        TextSpan? signOff, ImmutableArray<string> recipientNames, ImmutableArray<Paragraph> paragraphs)
    {
        Text = text;
        Path = path;
        LineRegions = lineRegions;
        Greeting = greeting;
        SignOff = signOff;
        RecipientNames = recipientNames;
        Paragraphs = paragraphs;
        Sentences = paragraphs.SelectMany(p => p.Sentences).ToImmutableArray();
    }

    public SourceText Text { get; }
    public string Path { get; }

    /// <summary>One entry per line of <see cref="Text"/> (0-based line index).</summary>
    public ImmutableArray<LetterRegion> LineRegions { get; }

    /// <summary>The salutation ("Dear Ms Lee,"), when there is one.</summary>
    public TextSpan? Greeting { get; }

    /// <summary>The closing line ("Kind regards,"), when there is one.</summary>
    public TextSpan? SignOff { get; }

    /// <summary>Lower-case name words of the recipient taken from the greeting ("julie"; "lee" from "Dear Ms Lee").</summary>
    public ImmutableArray<string> RecipientNames { get; }

    /// <summary>The writer's own text (subject line, body, P.S.), in order.</summary>
    public ImmutableArray<Paragraph> Paragraphs { get; }

    public ImmutableArray<Sentence> Sentences { get; }

    public IEnumerable<Sentence> BodySentences => Sentences.Where(s => s.Region == LetterRegion.Body || s.Region == LetterRegion.PostScript);

    public int BodyWordCount => BodySentences.Sum(s => s.WordCount);

    public static Letter Parse(SourceText text, string path = "") => LetterParser.English.Parse(text, path);

    public static Letter Parse(string text, string path = "") => Parse(SourceText.From(text), path);
}
