using Microsoft.CodeAnalysis.Text;
using ToneCheck.Lsp.Protocol;

namespace ToneCheck.Lsp;

/// <summary>
/// Converts between offsets in a text and LSP positions. LSP ends a line at \n, \r\n or \r only, so this map is kept
/// apart from SourceText's lines, which also break at U+2028, U+2029 and U+0085 and would put a diagnostic after one of
/// those on a line the editor does not have. Characters are UTF-16 code units, as .NET strings count them.
/// </summary>
internal sealed class LineMap
{
    private readonly int[] _starts;
    private readonly int _length;

    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (c is '\r' or '\n') starts.Add(i + 1);
        }
        _starts = [.. starts];
        _length = text.Length;
    }

    public Position PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _length);
        int line = Array.BinarySearch(_starts, offset);
        if (line < 0) line = ~line - 1;
        return new Position(line, offset - _starts[line]);
    }

    public LspRange RangeOf(TextSpan span) => new(PositionOf(span.Start), PositionOf(span.End));

    /// <summary>
    /// The offset of a position. A line past the end means the end of the text and a character past the line's end
    /// means the line's end (the specification's rule), so an editor slightly out of step cannot make an edit fail.
    /// </summary>
    public int OffsetOf(Position position, string text)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= _starts.Length) return _length;
        int start = _starts[position.Line];
        int end = position.Line + 1 < _starts.Length ? _starts[position.Line + 1] : _length;
        // The line's content ends before its line break.
        while (end > start && text[end - 1] is '\n' or '\r') end--;
        return start + Math.Clamp(position.Character, 0, end - start);
    }
}
