using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ToneCheck.Mail;

/// <summary>
/// Turns an HTML body into the lines a reader sees: block elements and &lt;br&gt; end lines, paragraphs are set
/// apart by a blank line (the letter parser reads paragraphs from blank lines), whitespace collapses as a browser
/// collapses it. Quoted replies and forwarded messages (blockquote, Gmail's, Thunderbird's and Yahoo's quote
/// containers) and marked signatures are left out. Each line keeps the line of the HTML source it starts on.
/// (AngleSharp's TextContent runs blocks together, and it has no InnerText, hence the walk.)
/// </summary>
internal sealed class HtmlLines
{
    private static readonly HashSet<string> Skipped = ["head", "script", "style", "template", "title", "noscript", "blockquote", "object", "svg"];

    private static readonly HashSet<string> SkippedClasses =
        ["gmail_quote", "gmail_quote_container", "gmail_signature", "moz-cite-prefix", "moz-signature", "yahoo_quoted", "protonmail_quote"];

    private static readonly HashSet<string> Blocks =
    [
        "address", "article", "aside", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "header", "hgroup", "li", "main", "menu", "nav", "section", "summary",
        "tbody", "td", "tfoot", "th", "thead", "tr", "legend",
    ];

    // Set apart by a blank line, as a browser sets them apart by a margin.
    private static readonly HashSet<string> Paragraphs = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "pre", "hr"];

    private readonly List<(string Text, int SourceLine)> _lines = [];
    private readonly StringBuilder _current = new();
    private int _currentLine;
    private int _lastElementLine = 1;
    private bool _blankWanted;
    private int _pre;

    /// <summary>The visible lines, each with the 1-based line of the HTML it starts on (0 for a blank separator).</summary>
    public static IReadOnlyList<(string Text, int SourceLine)> From(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(html);
        var walker = new HtmlLines();
        walker.Walk(document.Body ?? (INode?)document.DocumentElement ?? document);
        walker.EndLine();
        return walker._lines;
    }

    private void Walk(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AddText(text.Data);
                    break;
                case IElement element:
                    Visit(element);
                    break;
            }
        }
    }

    private void Visit(IElement element)
    {
        var name = element.LocalName;
        if (Skipped.Contains(name) || element.ClassList.Any(SkippedClasses.Contains)
            || element.GetAttribute("data-smartmail") == "gmail_signature") return;
        if (element.SourceReference?.Position is { Line: > 0 } position) _lastElementLine = position.Line;
        if (name == "br")
        {
            if (_current.Length == 0) _currentLine = _lastElementLine;
            EndLine(keepEmpty: true);
            return;
        }
        bool paragraph = Paragraphs.Contains(name);
        bool block = paragraph || Blocks.Contains(name);
        if (block) EndLine();
        if (paragraph) _blankWanted = true;
        if (name == "pre") _pre++;
        Walk(element);
        if (name == "pre") _pre--;
        if (block) EndLine();
        if (paragraph) _blankWanted = true;
    }

    private void AddText(string data)
    {
        if (_pre > 0)
        {
            // Preformatted text keeps its own line breaks.
            var pieces = data.Replace("\r\n", "\n").Split('\n');
            for (int i = 0; i < pieces.Length; i++)
            {
                if (i > 0) EndLine(keepEmpty: true);
                Append(pieces[i], _lastElementLine + i);
            }
            _lastElementLine += pieces.Length - 1;
            return;
        }
        var collapsed = new StringBuilder(data.Length);
        int newlinesBefore = 0;
        bool seenText = false;
        foreach (char c in data)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (!seenText && c == '\n') newlinesBefore++;
                if (collapsed.Length > 0 && collapsed[^1] != ' ') collapsed.Append(' ');
                else if (collapsed.Length == 0 && _current.Length > 0 && _current[^1] != ' ') collapsed.Append(' ');
            }
            else
            {
                seenText = true;
                collapsed.Append(c == '\u00A0' ? ' ' : c);
            }
        }
        if (!seenText)
        {
            if (collapsed.Length > 0 && _current.Length > 0) _current.Append(' ');
            return;
        }
        Append(collapsed.ToString(), _lastElementLine + newlinesBefore);
        _lastElementLine += data.Count(c => c == '\n');
    }

    private void Append(string text, int sourceLine)
    {
        if (_current.Length == 0)
        {
            text = text.TrimStart();
            if (text.Length == 0) return;
            _currentLine = sourceLine;
        }
        _current.Append(text);
    }

    private void EndLine(bool keepEmpty = false)
    {
        var text = _current.ToString().TrimEnd();
        _current.Clear();
        if (text.Length == 0 && !keepEmpty) return;
        if (text.Length == 0)
        {
            // An empty line from <br> (Gmail's <div><br></div>) separates paragraphs.
            _blankWanted = true;
            return;
        }
        if (_blankWanted && _lines.Count > 0 && _lines[^1].Text.Length > 0) _lines.Add(("", 0));
        _blankWanted = false;
        _lines.Add((text, _currentLine));
    }
}
