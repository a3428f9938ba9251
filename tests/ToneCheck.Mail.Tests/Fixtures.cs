using System.Text;
using ToneCheck.Engine;

namespace ToneCheck.Mail.Tests;

/// <summary>The messages in Messages/, and one rules-only checker shared by the tests (it is thread-safe).</summary>
public static class Fixtures
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Messages");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static IEnumerable<string> All => Directory.EnumerateFiles(Folder, "*.eml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static ToneChecker Checker { get; } = new();

    /// <summary>The checked text's lines, 1-based (index 0 is unused).</summary>
    public static string[] Lines(MailLetter letter) => ["", .. letter.Text.Lines.Select(l => letter.Text.ToString(l.Span))];

    public static string Latin1(byte[] bytes) => Encoding.Latin1.GetString(bytes);
}

/// <summary>A forward-only stream for tests that control how a message arrives; subclasses supply Read.</summary>
public abstract class ReadOnlyTestStream : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
