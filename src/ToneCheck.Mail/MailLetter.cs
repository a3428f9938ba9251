using System.Text;
using Microsoft.CodeAnalysis.Text;
using MimeKit;
using ToneCheck.Engine;

namespace ToneCheck.Mail;

/// <summary>
/// The letter inside an email (RFC 5322, MIME): the Subject as a <c>Subject:</c> line, a blank line, then the text
/// the sender wrote, from the text/plain part or else the HTML part as text, without the signature after a
/// "-- " line. Attachments and forwarded messages are not part of it; quoted replies are left to the letter
/// parser, which already sets them aside. <see cref="Source"/> maps each line back to the part it came from.
/// </summary>
public sealed class MailLetter
{
    public const string Kind = "email";

    /// <summary>The text to check.</summary>
    public SourceText Text { get; }

    /// <summary>The part the text came from, its encodings and the line map.</summary>
    public LetterSource Source { get; }

    private MailLetter(SourceText text, LetterSource source)
    {
        Text = text;
        Source = source;
    }

    /// <summary>Files read as email by the front ends.</summary>
    public static bool IsMailFile(string path) => path.EndsWith(".eml", StringComparison.OrdinalIgnoreCase);

    public static MailLetter ReadFile(string path)
    {
        if (!File.Exists(path)) throw new InputException($"{path}: no such file.");
        using var stream = File.OpenRead(path);
        return Extract(stream, path);
    }

    /// <summary>Reads a message of at most <see cref="LetterInput.MaxBytes"/> from the stream and extracts its letter.</summary>
    public static MailLetter Extract(Stream message, string name)
    {
        var (bytes, complete) = BoundedRead.Read(message, LetterInput.MaxBytes);
        if (!complete) throw new InputException($"{name}: {TooLarge}");
        return Extract(bytes, name);
    }

    /// <exception cref="InputException">The message is too large, cannot be parsed, or holds no text by its sender.</exception>
    public static MailLetter Extract(byte[] message, string name)
    {
        var outcome = TryExtract(message);
        return outcome.Letter ?? throw new InputException($"{name}: {outcome.Error}");
    }

    private static string TooLarge => $"the message is larger than the {LetterInput.MaxBytes / (1024 * 1024)} MB a letter may have.";

    /// <summary>The letter, or why there is none: a short reason token (malformed, encrypted, no-text, too-large) and a message.</summary>
    internal static (MailLetter? Letter, string? Reason, string? Error) TryExtract(byte[] message)
    {
        if (message.Length > LetterInput.MaxBytes) return (null, "too-large", TooLarge);
        Charsets.EnsureRegistered();
        MimeMessage parsed;
        try
        {
            parsed = MimeMessage.Load(new MemoryStream(message, writable: false));
        }
        catch (FormatException e)
        {
            return (null, "malformed", $"not a readable email message ({e.Message.TrimEnd('.')}).");
        }
        if (parsed.Headers.Count == 0)
            return (null, "malformed", $"not a readable email message (it has no header fields).");

        var part = WriterPart.Find(parsed.Body);
        if (part is null)
        {
            return WriterPart.IsEncrypted(parsed.Body)
                ? (null, "encrypted", "the message is encrypted; ToneCheck can only read it before it is encrypted.")
                : (null, "no-text", "the message has no text/plain or text/html part written by its sender (attachments and forwarded messages are not checked).");
        }

        var decoded = part.GetText(out var encoding);
        var body = part.IsHtml ? HtmlLines.From(decoded) : PlainLines(decoded);
        var partName = part.ContentType.MimeType.ToLowerInvariant();

        var lines = new List<string>();
        var origins = new List<(string Part, int Line)?>();
        if (!string.IsNullOrWhiteSpace(parsed.Subject))
        {
            lines.Add("Subject: " + string.Join(' ', parsed.Subject.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            origins.Add(SubjectLine(message) is > 0 and var at ? ("header", at) : null);
            lines.Add("");
            origins.Add(null);
        }
        foreach (var (text, sourceLine) in WithoutSignature(body))
        {
            lines.Add(text);
            origins.Add(sourceLine > 0 ? (partName, sourceLine) : null);
        }
        // A paragraph break the HTML walk added before a cut signature is no part of the text.
        while (lines.Count > 0 && lines[^1].Length == 0 && origins[^1] is null)
        {
            lines.RemoveAt(lines.Count - 1);
            origins.RemoveAt(origins.Count - 1);
        }

        var transfer = part.Headers[HeaderId.ContentTransferEncoding]?.Trim().ToLowerInvariant();
        var source = new LetterSource(Kind, partName, string.IsNullOrEmpty(transfer) ? "7bit" : transfer, encoding.WebName, Ranges(origins));
        return (new MailLetter(SourceText.From(string.Join("\n", lines)), source), null, null);
    }

    // The decoded part's lines as SourceText counts them, so the map agrees with the checked text's line numbers.
    private static List<(string, int)> PlainLines(string decoded)
    {
        var text = SourceText.From(decoded);
        var lines = new List<(string, int)>(text.Lines.Count);
        foreach (var line in text.Lines) lines.Add((text.ToString(line.Span), line.LineNumber + 1));
        if (lines.Count > 0 && lines[^1].Item1.Length == 0 && decoded.Length > 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    // RFC 3676's signature separator is "-- "; many clients trim it to "--". What follows is the signature.
    private static IEnumerable<(string Text, int SourceLine)> WithoutSignature(IReadOnlyList<(string Text, int SourceLine)> lines)
    {
        foreach (var line in lines)
        {
            if (line.Text.TrimEnd() == "--") yield break;
            yield return line;
        }
    }

    // The 1-based line of the raw message where the Subject field starts (the header block ends at the first empty line).
    private static int SubjectLine(byte[] message)
    {
        int line = 1;
        for (int start = 0; start < message.Length; line++)
        {
            int end = Array.IndexOf(message, (byte)'\n', start);
            if (end < 0) end = message.Length;
            int length = end - start;
            if (length > 0 && message[end - 1] == '\r') length--;
            if (length == 0) break;
            if (length >= 8 && Encoding.ASCII.GetString(message, start, 8).Equals("subject:", StringComparison.OrdinalIgnoreCase)) return line;
            start = end + 1;
        }
        return 0;
    }

    private static List<LineRange> Ranges(List<(string Part, int Line)?> origins)
    {
        var ranges = new List<LineRange>();
        for (int i = 0; i < origins.Count; i++)
        {
            if (origins[i] is not { } origin) continue;
            int checkedLine = i + 1;
            if (ranges.Count > 0 && ranges[^1] is var last && last.EndLine == checkedLine - 1 && last.Part == origin.Part
                && last.SourceLineOf(checkedLine) == origin.Line)
                ranges[^1] = last with { EndLine = checkedLine };
            else
                ranges.Add(new LineRange(checkedLine, checkedLine, origin.Part, origin.Line));
        }
        return ranges;
    }
}
