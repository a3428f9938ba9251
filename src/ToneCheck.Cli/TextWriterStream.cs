using System.Text;

namespace ToneCheck.Cli;

/// <summary>
/// A write-only stream over a <see cref="TextWriter"/>, decoding UTF-8 (a character split across writes is kept
/// until its last byte arrives), for byte-level commands when the caller gave text writers.
/// </summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count)
    {
        var chars = new char[_decoder.GetCharCount(buffer, offset, count)];
        int n = _decoder.GetChars(buffer, offset, count, chars, 0);
        writer.Write(chars, 0, n);
    }

    public override void Flush() => writer.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
