using ToneCheck.Lsp.Protocol;

namespace ToneCheck.Lsp;

/// <summary>Comparisons of LSP positions and ranges, ends included: an editor's cursor is an empty range at one position.</summary>
internal static class Ranges
{
    public static int Compare(Position a, Position b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Character.CompareTo(b.Character);

    public static bool Contains(LspRange range, Position position) =>
        Compare(range.Start, position) <= 0 && Compare(position, range.End) <= 0;

    public static bool Touch(LspRange a, LspRange b) => Compare(a.Start, b.End) <= 0 && Compare(b.Start, a.End) <= 0;
}
