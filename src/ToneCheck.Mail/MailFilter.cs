using System.Text;
using MimeKit;
using ToneCheck.Engine;

namespace ToneCheck.Mail;

/// <summary>
/// A spamc-style filter: reads one RFC 5322 message, writes it back with <c>X-ToneCheck-Status</c> and
/// <c>X-ToneCheck-Report</c> added at the top (after an mbox "From " line, if any), and every byte of the
/// original after them unchanged: the message is never re-serialised. A message that cannot be checked (too
/// large, not parseable, no text by its sender, or any failure while checking) passes through all the same,
/// stamped <c>unchecked</c>; input beyond the size limit is streamed through, not held in memory.
/// </summary>
public static class MailFilter
{
    public const string StatusField = "X-ToneCheck-Status";
    public const string ReportField = "X-ToneCheck-Report";

    public static MailVerdict Run(Stream input, Stream output, ToneChecker checker, int maxBytes = LetterInput.MaxBytes)
    {
        var (bytes, complete) = BoundedRead.Read(input, maxBytes);
        var verdict = complete ? Check(bytes, checker) : MailVerdict.NotChecked("too-large", $"the message is larger than the {maxBytes:N0} bytes ToneCheck reads; it was passed through unchecked.");

        int insertAt = bytes.AsSpan().StartsWith("From "u8) ? LineEnd(bytes, 0) : 0;
        output.Write(bytes, 0, insertAt);
        output.Write(Headers(verdict, UsesCrLf(bytes)));
        output.Write(bytes, insertAt, bytes.Length - insertAt);
        if (!complete) input.CopyTo(output);
        output.Flush();
        return verdict;
    }

    private static MailVerdict Check(byte[] message, ToneChecker checker)
    {
        // A mail filter must never lose or hold up a message: whatever goes wrong while reading or checking it
        // (including a sentence model that fails on first use), the message still goes through, marked unchecked.
        try
        {
            var (letter, reason, error) = MailLetter.TryExtract(message);
            if (letter is null) return MailVerdict.NotChecked(reason!, error!);
            return MailVerdict.From(checker.Check(letter.Text, "message") with { Source = letter.Source });
        }
        catch (Exception e)
        {
            return MailVerdict.NotChecked("error", $"ToneCheck failed on this message: {e.Message}");
        }
    }

    /// <summary>The header lines to add, folded and RFC 2047-encoded where needed, ending in the message's own line ending.</summary>
    public static byte[] Headers(MailVerdict verdict, bool crlf)
    {
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = crlf ? NewLineFormat.Dos : NewLineFormat.Unix;
        var result = new MemoryStream();
        Append(result, options, StatusField, verdict.StatusValue);
        if (verdict.Report is not null) Append(result, options, ReportField, verdict.Report);
        return result.ToArray();
    }

    private static void Append(MemoryStream output, FormatOptions options, string field, string value)
    {
        var header = new Header(field, "");
        header.SetValue(options, Encoding.UTF8, value);
        output.Write(Encoding.ASCII.GetBytes(field + ":"));
        output.Write(header.RawValue);
    }

    // The line ending of the message's first line; a message without any line break gets LF, as a local pipe passes it.
    private static bool UsesCrLf(byte[] bytes)
    {
        int newline = Array.IndexOf(bytes, (byte)'\n');
        return newline > 0 && bytes[newline - 1] == '\r';
    }

    private static int LineEnd(byte[] bytes, int start)
    {
        int newline = Array.IndexOf(bytes, (byte)'\n', start);
        return newline < 0 ? bytes.Length : newline + 1;
    }
}
