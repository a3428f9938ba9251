using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace ToneCheck.Text;

/// <summary>One sentence of the writer's own text, with exact spans into the original letter.</summary>
public sealed class Sentence
{
    public Sentence(int index, TextSpan span, string text, LetterRegion region, int paragraphIndex, bool isListItem, ImmutableArray<Token> tokens)
    {
        Index = index;
        Span = span;
        Text = text;
        Region = region;
        ParagraphIndex = paragraphIndex;
        IsListItem = isListItem;
        Tokens = tokens;
    }

    public int Index { get; }
    public TextSpan Span { get; }
    public string Text { get; }
    public LetterRegion Region { get; }
    public int ParagraphIndex { get; }
    public bool IsListItem { get; }
    public ImmutableArray<Token> Tokens { get; }

    public int WordCount => Tokens.Count(t => t.IsWord || t.Kind == TokenKind.Number);

    /// <summary>The span covering tokens [first, last] inclusive.</summary>
    public TextSpan SpanOf(int first, int last) => TextSpan.FromBounds(Tokens[first].Span.Start, Tokens[last].Span.End);

    public override string ToString() => Text;
}

/// <summary>A block of the writer's text: a paragraph, or one item of a bullet or numbered list.</summary>
public sealed class Paragraph
{
    public Paragraph(int index, TextSpan span, LetterRegion region, bool isListItem, ImmutableArray<Sentence> sentences)
    {
        Index = index;
        Span = span;
        Region = region;
        IsListItem = isListItem;
        Sentences = sentences;
    }

    public int Index { get; }
    public TextSpan Span { get; }
    public LetterRegion Region { get; }
    public bool IsListItem { get; }
    public ImmutableArray<Sentence> Sentences { get; }
    public int WordCount => Sentences.Sum(s => s.WordCount);
}

/// <summary>What a line of the letter is. Only Subject, Body and PostScript are the writer's new text.</summary>
public enum LetterRegion { Blank, Header, Subject, Greeting, Body, SignOff, Signature, PostScript, Quoted, Footer }

public static class LetterRegionExtensions
{
    public static bool IsWritersText(this LetterRegion region) =>
        region is LetterRegion.Subject or LetterRegion.Body or LetterRegion.PostScript;
}
