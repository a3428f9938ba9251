namespace ToneCheck.Mail;

/// <summary>Reads a stream into memory up to a limit, so that no input can make ToneCheck buffer without bound.</summary>
internal static class BoundedRead
{
    /// <summary>
    /// The stream's bytes if it ends within <paramref name="limit"/> bytes (<c>Complete</c>); otherwise the first
    /// bytes read, at most one buffer past the limit, with the rest left unread in the stream.
    /// </summary>
    public static (byte[] Bytes, bool Complete) Read(Stream stream, int limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit) return (buffer.ToArray(), false);
        }
        return (buffer.ToArray(), true);
    }
}
