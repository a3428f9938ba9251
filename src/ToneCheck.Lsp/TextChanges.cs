using System.Text;
using ToneCheck.Lsp.Protocol;

namespace ToneCheck.Lsp;

/// <summary>Applies a didChange's content changes in order: each range refers to the text as the previous change left it.</summary>
internal static class TextChanges
{
    public static string Apply(string text, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text;
                continue;
            }
            var map = new LineMap(text);
            int start = map.OffsetOf(change.Range.Start, text);
            int end = map.OffsetOf(change.Range.End, text);
            if (end < start) (start, end) = (end, start);
            text = new StringBuilder(text.Length - (end - start) + change.Text.Length)
                .Append(text, 0, start).Append(change.Text).Append(text, end, text.Length - end)
                .ToString();
        }
        return text;
    }
}
