using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using ToneCheck.Engine;
using Xunit.Abstractions;

namespace ToneCheck.Text.Tests;

/// <summary>
/// Bytes that are not a tidy UTF-8 letter: nothing, white space, binary, broken UTF-8, other encodings, very
/// large files. Each is either read correctly or refused with an <see cref="InputException"/> a writer can act on;
/// none crashes the checker.
/// </summary>
public sealed class LetterInputTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "tonecheck-input-tests-" + Guid.NewGuid().ToString("N"));
    private readonly ITestOutputHelper _output;

    public LetterInputTests(ITestOutputHelper output)
    {
        _output = output;
        Directory.CreateDirectory(_folder);
    }

    /// <summary>Checks <paramref name="text"/> with every rule and reports (not asserts) how long parsing and checking took.</summary>
    private CheckResult CheckTimed(SourceText text, string path)
    {
        var watch = Stopwatch.StartNew();
        var letter = Letter.Parse(text, path);
        var parse = watch.Elapsed;
        watch.Restart();
        var result = new ToneChecker().Check(text, path);
        _output.WriteLine($"{Path.GetFileName(path)}: {text.Length:N0} chars, {text.Lines.Count:N0} lines, {letter.Sentences.Length:N0} sentences; " +
            $"Letter.Parse {parse.TotalSeconds:F1} s, ToneChecker.Check {watch.Elapsed.TotalSeconds:F1} s, {result.Diagnostics.Length:N0} diagnostics");
        return result;
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }

    private string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static readonly string[] Sentences =
    [
        "Thank you for your business over the past {0} years.",
        "Our agreement will end on {0} June, and your final invoice will follow.",
        "Due to your repeated late payments, we can no longer continue.",
        "You have been rude to our staff on {0} occasions.",
        "We may need to consider ending our agreement.",
        "Halden & Cole handle larger retainers, and I'm happy to introduce you.",
        "DO NOT CALL THE OFFICE AGAIN.",
        "Your deposit of £{0} will be refunded in full.",
        "I'm sorry we couldn't make this work.",
        "As we have explained many times, the retainer covers social content only.",
    ];

    /// <summary>Varied paragraphs of letter-like sentences up to about <paramref name="bytes"/> bytes of UTF-8.</summary>
    private static string LargeLetter(int bytes, string paragraphBreak)
    {
        var builder = new StringBuilder("Dear Ms Lee,\n\n");
        int i = 0;
        while (builder.Length < bytes)
        {
            builder.Append(string.Format(Sentences[i % Sentences.Length], i % 97 + 2));
            builder.Append(i % 4 == 3 ? paragraphBreak : " ");
            i++;
        }
        builder.Append("\n\nKind regards,\nAnna\n");
        return builder.ToString();
    }

    [Fact]
    public void Empty_input_decodes_to_empty_text_and_checks_clean()
    {
        var text = LetterInput.Decode([], "empty.txt");
        Assert.Equal(0, text.Length);

        var result = new ToneChecker().Check(text, "empty.txt");
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Letter.Sentences);
    }

    [Fact]
    public void Empty_file_checks_clean()
    {
        var path = WriteFile("empty.txt", []);
        var result = new ToneChecker().Check(LetterInput.ReadFile(path), path);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("   \n\t\n  \n")]
    [InlineData("\r\n\r\n\r\n")]
    [InlineData("\u00A0\u2003\n\u3000")]
    public void Whitespace_only_input_checks_clean(string content)
    {
        var text = LetterInput.Decode(Encoding.UTF8.GetBytes(content), "blank.txt");
        Assert.Equal(content, text.ToString());

        var result = new ToneChecker().Check(text, "blank.txt");
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Letter.Sentences);
    }

    [Fact]
    public void Nul_bytes_are_refused_as_binary()
    {
        var bytes = Encoding.UTF8.GetBytes("Dear Ms Lee,\n\nOur agreement ends.\0\0\u0001\u0002");
        var error = Assert.Throws<InputException>(() => LetterInput.Decode(bytes, "letter.docx"));
        Assert.Contains("binary", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("letter.docx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_file_is_refused_by_read_file()
    {
        var path = WriteFile("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var error = Assert.Throws<InputException>(() => LetterInput.ReadFile(path));
        Assert.Contains("binary", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(new byte[] { 0x48, 0x69, 0xC3, 0x28 })]                 // a lead byte followed by a non-continuation byte
    [InlineData(new byte[] { 0x44, 0x65, 0x61, 0x72, 0x20, 0xE9, 0x21 })] // Latin-1 "Dear é!"
    [InlineData(new byte[] { 0x48, 0x69, 0xFF, 0xFE, 0x41 })]            // bytes that never occur in UTF-8, not at the start
    [InlineData(new byte[] { 0x41, 0xE2, 0x82 })]                        // truncated sequence at the end
    public void Invalid_utf8_is_refused(byte[] bytes)
    {
        var error = Assert.Throws<InputException>(() => LetterInput.Decode(bytes, "letter.txt"));
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_le_with_bom_decodes_correctly()
    {
        const string content = "Dear Ms Lee,\r\n\r\nThank you for choosing our café – it’s been a “real” pleasure 🙏.\r\n\r\nKind regards,\r\nJo";
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(content)).ToArray();
        var path = WriteFile("utf16.txt", bytes);

        var text = LetterInput.ReadFile(path);
        Assert.Equal(content, text.ToString());

        var result = new ToneChecker().Check(text, path);
        Assert.Equal(new[] { "lee" }, result.Letter.RecipientNames.ToArray());
        Assert.Contains(result.Letter.Sentences, s => s.Text.Contains("café", StringComparison.Ordinal));
    }

    [Fact]
    public void Utf16_be_with_bom_decodes_correctly()
    {
        const string content = "Hi Julie,\n\nOur agreement ends on 30 June. Thank you for everything.";
        var encoding = Encoding.BigEndianUnicode;
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(content)).ToArray();
        Assert.Equal(content, LetterInput.Decode(bytes, "be.txt").ToString());
    }

    [Fact]
    public void Utf8_bom_is_not_part_of_the_text()
    {
        const string content = "Dear Ms Lee,\n\nThank you for your business. Our agreement ends on 30 June.\n\nRegards,\nJo";
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(content)).ToArray();
        var path = WriteFile("bom.txt", bytes);

        var text = LetterInput.ReadFile(path);
        Assert.Equal(content, text.ToString());
        Assert.NotEqual('\uFEFF', text[0]);

        var letter = new ToneChecker().Check(text, path).Letter;
        Assert.Equal(new[] { "lee" }, letter.RecipientNames.ToArray());
        Assert.Equal("Dear Ms Lee,", letter.Text.ToString(letter.Greeting!.Value));
    }

    [Fact]
    public void Utf8_without_bom_keeps_every_character()
    {
        const string content = "Hi Zoë,\n\nWe’re closing the studio — thank you 😊. Ā ǅ ß 中文 ✓";
        Assert.Equal(content, LetterInput.Decode(Encoding.UTF8.GetBytes(content), "plain.txt").ToString());
    }

    [Fact]
    public void Five_megabyte_file_is_checked_without_crashing()
    {
        var content = LargeLetter(5 * 1024 * 1024, "\n\n");
        var path = WriteFile("five-megabytes.txt", Encoding.UTF8.GetBytes(content));
        Assert.True(new FileInfo(path).Length >= 5 * 1024 * 1024);

        var result = CheckTimed(LetterInput.ReadFile(path), path);

        Assert.NotEmpty(result.Letter.Sentences);
        Assert.All(result.Diagnostics, d => Assert.True(d.Location.SourceSpan.End <= result.Text.Length));
    }

    [Fact]
    public void One_megabyte_single_line_is_checked_without_crashing()
    {
        var content = LargeLetter(1024 * 1024, " ").Replace("\n", " ");
        Assert.DoesNotContain('\n', content);
        var path = WriteFile("one-line.txt", Encoding.UTF8.GetBytes(content));

        var result = CheckTimed(LetterInput.ReadFile(path), path);

        Assert.Single(result.Letter.LineRegions);
        Assert.NotEmpty(result.Letter.Sentences);
    }

    [Fact]
    public void One_megabyte_single_line_without_punctuation_is_checked_without_crashing()
    {
        var builder = new StringBuilder();
        while (builder.Length < 1024 * 1024) builder.Append("we may need to consider ending the agreement because of your changes ");
        var result = CheckTimed(LetterInput.Decode(Encoding.UTF8.GetBytes(builder.ToString()), "run-on.txt"), "run-on.txt");
        Assert.Single(result.Letter.LineRegions);
    }

    [Fact]
    public void File_over_max_bytes_is_refused()
    {
        var path = Path.Combine(_folder, "too-big.txt");
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write))
        {
            var line = Encoding.UTF8.GetBytes("Our agreement will end on 30 June.\n");
            while (stream.Length <= LetterInput.MaxBytes) stream.Write(line);
        }
        Assert.True(new FileInfo(path).Length > LetterInput.MaxBytes);

        var error = Assert.Throws<InputException>(() => LetterInput.ReadFile(path));
        Assert.Contains("larger than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stream_over_max_bytes_is_refused()
    {
        using var stream = new MemoryStream(new byte[LetterInput.MaxBytes + 1]);
        Assert.Throws<InputException>(() => LetterInput.ReadStream(stream, "stdin"));
    }

    [Fact]
    public void Missing_file_and_directory_are_refused()
    {
        Assert.Throws<InputException>(() => LetterInput.ReadFile(Path.Combine(_folder, "nope.txt")));
        Assert.Throws<InputException>(() => LetterInput.ReadFile(_folder));
    }
}
