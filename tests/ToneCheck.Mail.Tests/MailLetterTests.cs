using System.Text;
using Microsoft.CodeAnalysis.Text;
using MimeKit;
using ToneCheck.Engine;
using ToneCheck.Engine.Reporting;

namespace ToneCheck.Mail.Tests;

/// <summary>What <see cref="MailLetter"/> extracts from each message shape, and that its line map is true.</summary>
public class MailLetterTests
{
    public static TheoryData<string> Readable() =>
        new(Fixtures.All.Where(n => n is not ("malformed.eml" or "attachment-only.eml" or "encrypted.eml")));

    [Fact]
    public void Latin1_quoted_printable_decodes_and_drops_the_signature()
    {
        var letter = MailLetter.ReadFile(Fixtures.PathOf("latin1-quoted-printable.eml"));
        var lines = Fixtures.Lines(letter);

        Assert.Equal(("email", "text/plain", "quoted-printable", "iso-8859-1"),
            (letter.Source.Kind, letter.Source.Part, letter.Source.ContentTransferEncoding, letter.Source.Charset));
        Assert.Equal("Subject: Our contract and the café account", lines[1]);
        Assert.Equal("", lines[2]);
        Assert.Equal("Dear Mr Jones,", lines[3]);
        // The soft line break joins the sentence into one decoded line.
        Assert.Equal("Because your team kept missing every deadline, we are ending our contract at the end of March. Frankly, you are difficult to work with.", lines[5]);
        Assert.Contains("The café account will close on 31 March.", lines);
        Assert.Equal("Sam", lines[^1]);
        Assert.DoesNotContain("Lumière", letter.Text.ToString());
        Assert.DoesNotContain("01234", letter.Text.ToString());
    }

    [Fact]
    public void Windows_1252_needs_the_code_page_provider_and_gets_it()
    {
        var letter = MailLetter.Extract(Fixtures.Bytes("windows-1252-8bit-crlf.eml"), "w.eml");
        var text = letter.Text.ToString();

        Assert.Equal(("windows-1252", "8bit"), (letter.Source.Charset, letter.Source.ContentTransferEncoding));
        Assert.Contains("We\u2019re ending our support contract with you on 30 April; it\u2019s final.", text);
        Assert.Contains("Your last invoice of \u20ac450 is still open.", text);
        Assert.DoesNotContain("\r", text);
    }

    [Fact]
    public void Base64_utf8_gives_the_letter_exactly_and_a_good_letter_stays_clean()
    {
        var letter = MailLetter.Extract(Fixtures.Bytes("utf8-base64-good.eml"), "g.eml");

        Assert.Equal(("base64", "utf-8"), (letter.Source.ContentTransferEncoding, letter.Source.Charset));
        Assert.StartsWith("Subject: Your print orders after 30 June\n\nDear Ms Alvarez,\n\nThank you for choosing Pinewood Print", letter.Text.ToString());
        var result = Fixtures.Checker.Check(letter.Text, "g.eml");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Multipart_alternative_prefers_the_plain_part()
    {
        var letter = MailLetter.Extract(Fixtures.Bytes("alternative.eml"), "a.eml");

        Assert.Equal(("text/plain", "7bit"), (letter.Source.Part, letter.Source.ContentTransferEncoding));
        Assert.Contains("We are ending our contract on 31 May. Do not contact us again.", Fixtures.Lines(letter));
    }

    [Fact]
    public void Html_becomes_lines_and_paragraphs_without_the_quoted_reply_or_the_signature()
    {
        var letter = MailLetter.Extract(Fixtures.Bytes("html-only-gmail.eml"), "h.eml");

        Assert.Equal(("text/html", "quoted-printable", "utf-8"), (letter.Source.Part, letter.Source.ContentTransferEncoding, letter.Source.Charset));
        Assert.Equal(
            [
                "", "Subject: Re: Harbour Lane", "",
                "Hi Callum,", "",
                "I'm writing to let you know that we will stop working on the Harbour Lane account from 30 June. Frankly, you are difficult to work with.", "",
                "Thanks again,", "Ruth",
            ],
            Fixtures.Lines(letter));
        var parsed = Fixtures.Checker.Check(letter.Text, "h.eml");
        Assert.Equal("callum", Assert.Single(parsed.Letter.RecipientNames), ignoreCase: true);
        var attack = Assert.Single(parsed.Diagnostics, d => d.Id == "TC002");
        Assert.Equal("you are difficult to work with", attack.Properties[DiagnosticProperties.Text]);
    }

    [Fact]
    public void Attachments_and_forwarded_messages_are_not_the_writers_text()
    {
        var mixed = MailLetter.Extract(Fixtures.Bytes("mixed-attachments.eml"), "m.eml").Text.ToString();
        var forwarded = MailLetter.Extract(Fixtures.Bytes("forwarded.eml"), "f.eml");

        Assert.Contains("Thank you for choosing Pinewood Print", mixed);
        Assert.DoesNotContain("Internal notes", mixed);
        Assert.DoesNotContain("PDF", mixed);
        Assert.DoesNotContain("liar", forwarded.Text.ToString());
        Assert.Equal("Subject: Fwd: complaint", Fixtures.Lines(forwarded)[1]);
        Assert.Empty(Fixtures.Checker.Check(forwarded.Text, "f.eml").Diagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
    }

    [Fact]
    public void A_quoted_reply_in_plain_text_is_left_to_the_letter_parser_which_does_not_check_it()
    {
        var letter = MailLetter.Extract(Fixtures.Bytes("reply-quoted.eml"), "r.eml");

        Assert.Contains("> You are a liar and a fraud.", Fixtures.Lines(letter));
        var result = Fixtures.Checker.Check(letter.Text, "r.eml");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "TC002" or "TC008");
    }

    [Fact]
    public void An_rfc2047_subject_is_decoded_and_mapped_to_its_header_line()
    {
        var bytes = Fixtures.Bytes("folded-headers-8bit.eml");
        var letter = MailLetter.Extract(bytes, "f.eml");

        Assert.Equal("Subject: Último aviso: fin del contrato", Fixtures.Lines(letter)[1]);
        var range = letter.Source.Find(1)!;
        Assert.Equal("header", range.Part);
        Assert.StartsWith("Subject: =?utf-8?b?", RawLines(bytes)[range.SourceLine]);
    }

    [Fact]
    public void An_mbox_from_line_is_not_a_header()
    {
        var letter = MailLetter.Extract(Fixtures.Bytes("mbox-from-line.eml"), "m.eml");

        Assert.Equal("Subject: Your print orders after 30 June", Fixtures.Lines(letter)[1]);
        Assert.Equal(4, letter.Source.Find(1)!.SourceLine);
    }

    // Every checked line in a range is the decoded part's line it names (HTML: the line holds its first words),
    // and a Subject line names the raw header line it came from.
    [Theory]
    [MemberData(nameof(Readable))]
    public void The_line_map_points_at_the_lines_the_text_came_from(string name)
    {
        var bytes = Fixtures.Bytes(name);
        var letter = MailLetter.Extract(bytes, name);
        var part = WriterPartText(bytes);
        var partLines = part.Lines.Select(l => part.ToString(l.Span)).ToArray();
        var lines = Fixtures.Lines(letter);

        Assert.NotEmpty(letter.Source.Lines);
        for (int line = 1; line < lines.Length; line++)
        {
            var range = letter.Source.Find(line);
            if (range is null)
            {
                Assert.Equal("", lines[line]); // only the blank lines the extraction adds are unmapped
                continue;
            }
            int at = range.SourceLineOf(line);
            if (range.Part == "header") Assert.StartsWith("subject:", RawLines(bytes)[at].ToLowerInvariant());
            else if (range.Part == "text/plain") Assert.Equal(lines[line], partLines[at - 1]);
            else Assert.Contains(lines[line].Split(' ')[0].Replace("'", "&#39;"), partLines[at - 1]);
        }
    }

    [Theory]
    [InlineData("malformed.eml", "not a readable email message")]
    [InlineData("attachment-only.eml", "no text/plain or text/html part written by its sender")]
    [InlineData("encrypted.eml", "the message is encrypted")]
    public void A_message_without_readable_text_is_a_clear_input_error(string name, string expected)
    {
        var e = Assert.Throws<InputException>(() => MailLetter.ReadFile(Fixtures.PathOf(name)));

        Assert.StartsWith(Fixtures.PathOf(name) + ": ", e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("Dear Sam,\nthis is a letter, not a message.\n")]
    public void Text_that_is_not_a_message_is_refused(string text)
    {
        var e = Assert.Throws<InputException>(() => MailLetter.Extract(Encoding.UTF8.GetBytes(text), "x.eml"));

        Assert.StartsWith("x.eml: not a readable email message", e.Message);
    }

    [Fact]
    public void A_message_over_the_size_limit_is_refused_without_reading_all_of_it()
    {
        var stream = new CountingStream(LetterInput.MaxBytes * 2L);

        var e = Assert.Throws<InputException>(() => MailLetter.Extract(stream, "big.eml"));

        Assert.Contains("larger than the 8 MB", e.Message);
        Assert.True(stream.Served < LetterInput.MaxBytes + 100_000, $"read {stream.Served} bytes");
    }

    // Damaged copies of every message (bytes overwritten, cut short): each gives a letter or an InputException, nothing else.
    [Fact]
    public void Damaged_messages_give_a_letter_or_a_clear_error_never_a_crash()
    {
        var random = new Random(20250306);
        foreach (var name in Fixtures.All)
        {
            var original = Fixtures.Bytes(name);
            for (int i = 0; i < 150; i++)
            {
                var bytes = (byte[])original.Clone();
                if (i % 3 == 0) bytes = bytes[..random.Next(bytes.Length + 1)];
                int changes = random.Next(1, 8);
                for (int c = 0; c < changes && bytes.Length > 0; c++)
                    bytes[random.Next(bytes.Length)] = (byte)(i % 2 == 0 ? random.Next(256) : "\r\n:-=?<>\"\0"[random.Next(10)]);
                try
                {
                    var letter = MailLetter.Extract(bytes, name);
                    Fixtures.Checker.Check(letter.Text, name);
                }
                catch (InputException)
                {
                }
            }
        }
    }

    private static string[] RawLines(byte[] bytes) => ["", .. Fixtures.Latin1(bytes).Split('\n').Select(l => l.TrimEnd('\r'))];

    // The decoded text of the part the letter came from, found independently of the code under test.
    private static SourceText WriterPartText(byte[] bytes)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var message = MimeMessage.Load(new MemoryStream(bytes));
        var part = message.BodyParts.OfType<TextPart>().First(p => !p.IsAttachment && (p.IsPlain || p.IsHtml));
        var alternative = message.BodyParts.OfType<TextPart>().FirstOrDefault(p => !p.IsAttachment && p.IsPlain);
        return SourceText.From((alternative ?? part).Text);
    }
}

/// <summary>An endless-looking message: headers, then filler, <paramref name="length"/> bytes in all; counts what was read.</summary>
internal sealed class CountingStream(long length) : ReadOnlyTestStream
{
    private static readonly byte[] Head = Encoding.ASCII.GetBytes("From: a@example.com\r\nSubject: big\r\n\r\n");

    public long Served { get; private set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int n = (int)Math.Min(count, length - Served);
        for (int i = 0; i < n; i++)
        {
            long at = Served + i;
            buffer[offset + i] = at < Head.Length ? Head[at] : (at % 72 == 71 ? (byte)'\n' : (byte)'x');
        }
        Served += n;
        return n;
    }

}
