using System.Text;
using MimeKit;

namespace ToneCheck.Mail.Tests;

/// <summary>
/// The filter adds its headers and changes nothing else: for every message shape, the output minus the added lines
/// is the input, byte for byte, and the added lines are valid, folded, ASCII header fields in the message's line ending.
/// </summary>
public class MailFilterTests
{
    public static TheoryData<string, string> Expected() => new()
    {
        { "latin1-quoted-printable.eml", "flagged; errors=1; warnings=3; info=2; rules=TC001,TC002,TC004,TC005,TC010,TC011" },
        { "windows-1252-8bit-crlf.eml", "flagged; errors=0; warnings=2; info=2; rules=TC005,TC007,TC010,TC011" },
        { "utf8-base64-good.eml", "clean; errors=0; warnings=0; info=0" },
        { "alternative.eml", "flagged; errors=1; warnings=2; info=2; rules=TC004,TC005,TC008,TC010,TC011" },
        { "html-only-gmail.eml", "flagged; errors=1; warnings=2; info=2; rules=TC002,TC004,TC005,TC010,TC011" },
        { "mixed-attachments.eml", "clean; errors=0; warnings=0; info=0" },
        { "forwarded.eml", "clean; errors=0; warnings=0; info=0" },
        { "reply-quoted.eml", "clean; errors=0; warnings=0; info=0" },
        { "folded-headers-8bit.eml", "flagged; errors=1; warnings=2; info=2; rules=TC002,TC004,TC005,TC010,TC011" },
        { "mbox-from-line.eml", "clean; errors=0; warnings=0; info=0" },
        { "no-body.eml", "flagged; errors=1; warnings=2; info=3; rules=TC004,TC005,TC006,TC009,TC010,TC011" },
        { "malformed.eml", "unchecked; reason=malformed" },
        { "attachment-only.eml", "unchecked; reason=no-text" },
        { "encrypted.eml", "unchecked; reason=encrypted" },
    };

    [Fact]
    public void Every_fixture_has_an_expected_status() =>
        Assert.Equal(Fixtures.All.Order(), Expected().Select(row => (string)row[0]).Order());

    [Theory]
    [MemberData(nameof(Expected))]
    public void The_message_passes_through_byte_for_byte_with_the_status_added(string name, string status)
    {
        var input = Fixtures.Bytes(name);

        var (output, verdict) = Filter(input);

        Assert.Equal(status, verdict.StatusValue);
        var (prefix, added, rest) = Split(input, output);
        Assert.Equal(input, prefix.Concat(rest).ToArray());
        Assert.StartsWith("X-ToneCheck-Status: ", added);
        var newline = Encoding.Latin1.GetString(input).Contains("\r\n") ? "\r\n" : "\n";
        var addedLines = added.Split(newline);
        Assert.Equal("", addedLines[^1]);
        foreach (var line in addedLines[..^1])
        {
            Assert.True(line.StartsWith("X-ToneCheck-") || line.StartsWith(' '), $"not a header line: [{line}]");
            Assert.DoesNotContain('\n', line);
            Assert.DoesNotContain('\r', line);
            Assert.True(line.Length <= 78, $"longer than 78: [{line}]");
            Assert.All(line, c => Assert.InRange(c, ' ', '~'));
        }
        // The stamped message still parses, and the fields unfold to the verdict's values.
        if (verdict.Status != MailStatus.Unchecked)
        {
            var message = MimeMessage.Load(new MemoryStream(output));
            Assert.Equal(status, message.Headers[MailFilter.StatusField]);
            Assert.Equal(verdict.Report, message.Headers[MailFilter.ReportField]);
        }
    }

    [Fact]
    public void The_report_names_the_top_findings_and_encodes_non_ascii_words()
    {
        var (output, verdict) = Filter(Fixtures.Bytes("folded-headers-8bit.eml"));

        Assert.Equal("error TC002 personal-attack: \"you\u2019re difficult to work with\"; warning TC004 missing-thanks: Missing thanks; "
            + "warning TC005 missing-referral: Missing referral; and 2 more", verdict.Report);
        var head = Encoding.ASCII.GetString(output, 0, 400);
        Assert.Contains("=?utf-8?", head);
        var message = MimeMessage.Load(new MemoryStream(output));
        Assert.Equal(verdict.Report, message.Headers[MailFilter.ReportField]);
    }

    [Fact]
    public void A_welsh_message_is_reported_with_the_rules_welsh_titles()
    {
        var welsh = ToneCheck.Rules.RuleText.Translations("cy", "TC004");
        var mail = "From: elin@example.com\r\nTo: sion@example.com\r\nSubject: Cytundeb\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Transfer-Encoding: 8bit\r\n\r\n" + welsh["example.reported"].Replace("\n", "\r\n") + "\r\n";
        var (output, verdict) = Filter(Encoding.UTF8.GetBytes(mail));
        Assert.Contains("TC004 missing-thanks: " + welsh["title"], verdict.Report);
        // Read back from the stamped message, the header gives the same report.
        Assert.Equal(verdict.Report, MimeMessage.Load(new MemoryStream(output)).Headers[MailFilter.ReportField]);
    }

    [Fact]
    public void A_clean_message_gets_no_report_field()
    {
        var (output, verdict) = Filter(Fixtures.Bytes("utf8-base64-good.eml"));

        Assert.Null(verdict.Report);
        Assert.StartsWith("X-ToneCheck-Status: clean; errors=0; warnings=0; info=0\nFrom: Tom Pinewood", Encoding.UTF8.GetString(output));
    }

    [Fact]
    public void The_headers_go_after_an_mbox_from_line()
    {
        var (output, _) = Filter(Fixtures.Bytes("mbox-from-line.eml"));

        Assert.StartsWith("From tom@pinewood.example Thu Mar  6 08:30:00 2025\nX-ToneCheck-Status: clean", Encoding.UTF8.GetString(output));
    }

    [Fact]
    public void Crlf_messages_get_crlf_headers()
    {
        var (output, _) = Filter(Fixtures.Bytes("windows-1252-8bit-crlf.eml"));

        Assert.StartsWith("X-ToneCheck-Status: flagged; errors=0; warnings=2; info=2;\r\n rules=TC005,TC007,TC010,TC011\r\nX-ToneCheck-Report: ",
            Encoding.Latin1.GetString(output));
    }

    [Fact]
    public void Empty_input_gives_only_the_status()
    {
        var (output, verdict) = Filter([]);

        Assert.Equal("unchecked; reason=malformed", verdict.StatusValue);
        Assert.StartsWith("X-ToneCheck-Status: unchecked; reason=malformed\nX-ToneCheck-Report: not a readable email message", Encoding.ASCII.GetString(output));
    }

    // Over the limit the message is not held in memory: the filter writes before it has read the whole input.
    [Fact]
    public void A_message_over_the_limit_streams_through_unchecked()
    {
        const int limit = 10_000;
        const long length = 3_000_000;
        var output = new MemoryStream();
        var input = new WatchedStream(new CountingStream(length), output, after: limit * 20);

        var verdict = MailFilter.Run(input, output, Fixtures.Checker, limit);

        Assert.Equal("unchecked; reason=too-large", verdict.StatusValue);
        Assert.True(input.OutputSeenBeforeEnd, "the filter read far past its limit before writing anything");
        var expected = new MemoryStream();
        new CountingStream(length).CopyTo(expected);
        var (prefix, added, rest) = Split(expected.ToArray(), output.ToArray());
        Assert.Empty(prefix);
        Assert.StartsWith("X-ToneCheck-Status: unchecked; reason=too-large\r\nX-ToneCheck-Report: the message is larger than the 10,000", added);
        Assert.Equal(expected.ToArray(), rest);
    }

    private static (byte[] Output, MailVerdict Verdict) Filter(byte[] input)
    {
        var output = new MemoryStream();
        var verdict = MailFilter.Run(new MemoryStream(input), output, Fixtures.Checker);
        return (output.ToArray(), verdict);
    }

    // The output as (the input's mbox "From " line if any, the added header lines, the rest).
    private static (byte[] Prefix, string Added, byte[] Tail) Split(byte[] input, byte[] output)
    {
        int prefix = input.AsSpan().StartsWith("From "u8) ? Array.IndexOf(input, (byte)'\n') + 1 : 0;
        Assert.Equal(input[..prefix], output[..prefix]);
        int addedLength = output.Length - input.Length;
        Assert.True(addedLength > 0);
        return (output[..prefix], Encoding.Latin1.GetString(output, prefix, addedLength), output[(prefix + addedLength)..]);
    }
}

/// <summary>Passes reads through and notes whether the output had data before the input was read past a point.</summary>
internal sealed class WatchedStream(Stream inner, Stream output, long after) : ReadOnlyTestStream
{
    private long _read;

    public bool OutputSeenBeforeEnd { get; private set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_read > after && output.Length > 0) OutputSeenBeforeEnd = true;
        int n = inner.Read(buffer, offset, count);
        _read += n;
        return n;
    }

}
