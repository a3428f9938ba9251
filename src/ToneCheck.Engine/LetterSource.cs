namespace ToneCheck.Engine;

/// <summary>
/// Where a checked text came from when it was extracted from a container rather than read as it is: for an email,
/// the MIME part whose text was checked, how that part was encoded, and for each range of lines of the checked
/// text the line it came from. Diagnostics keep pointing at the checked text; this says how to find the original.
/// </summary>
/// <param name="Kind">The container, e.g. "email".</param>
/// <param name="Part">The part whose text was checked, e.g. "text/plain" or "text/html".</param>
/// <param name="ContentTransferEncoding">How that part was transfer-encoded (quoted-printable, base64, 7bit...).</param>
/// <param name="Charset">The character set its bytes were decoded with.</param>
/// <param name="Lines">Ranges of checked lines and where they start in their origin; lines the extraction added
/// (blank separators) are in no range.</param>
public sealed record LetterSource(string Kind, string Part, string? ContentTransferEncoding, string? Charset, IReadOnlyList<LineRange> Lines)
{
    /// <summary>The range holding the 1-based checked <paramref name="line"/>, or null for a line the extraction added.</summary>
    public LineRange? Find(int line) => Lines.FirstOrDefault(r => line >= r.StartLine && line <= r.EndLine);
}

/// <summary>
/// 1-based checked lines <see cref="StartLine"/> to <see cref="EndLine"/> come, one for one, from the lines of
/// <see cref="Part"/> starting at <see cref="SourceLine"/> (a MIME part's decoded text, or "header" for the
/// message's header block).
/// </summary>
public sealed record LineRange(int StartLine, int EndLine, string Part, int SourceLine)
{
    public int SourceLineOf(int line) => SourceLine + (line - StartLine);
}
