using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ToneCheck.Engine;

/// <summary>A letter that cannot be read, with a message a writer can act on. Front ends turn it into exit code 2.</summary>
public sealed class InputException(string message) : Exception(message);

/// <summary>
/// Turns bytes into text without losing or inventing any: UTF-8 (with or without BOM), UTF-16 and UTF-32 with a
/// BOM; anything else that is not valid UTF-8, or that holds NUL bytes, is refused with a clear message.
/// </summary>
public static class LetterInput
{
    /// <summary>Larger inputs are refused: a letter is a few KB, and analysis time grows with length.</summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    public static SourceText ReadFile(string path)
    {
        if (Directory.Exists(path)) throw new InputException($"{path}: is a directory.");
        if (!File.Exists(path)) throw new InputException($"{path}: no such file.");
        var info = new FileInfo(path);
        if (info.Length > MaxBytes) throw new InputException($"{path}: {info.Length:N0} bytes is larger than the {MaxBytes / (1024 * 1024)} MB a letter may have.");
        return Decode(File.ReadAllBytes(path), path);
    }

    public static SourceText ReadStream(Stream stream, string name)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes) throw new InputException($"{name}: input is larger than the {MaxBytes / (1024 * 1024)} MB a letter may have.");
        }
        return Decode(buffer.ToArray(), name);
    }

    public static SourceText Decode(byte[] bytes, string name)
    {
        Encoding? encoding = DetectBom(bytes, out int bomLength);
        if (encoding is not null)
        {
            try
            {
                var strict = (Encoding)encoding.Clone();
                strict.DecoderFallback = DecoderFallback.ExceptionFallback;
                return SourceText.From(strict.GetString(bytes, bomLength, bytes.Length - bomLength), encoding);
            }
            catch (DecoderFallbackException)
            {
                throw new InputException($"{name}: the text claims to be {encoding.WebName} (byte order mark) but is not valid {encoding.WebName}.");
            }
        }
        int nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0) throw new InputException($"{name}: looks like a binary file (NUL byte at offset {nul}); ToneCheck reads plain-text letters.");
        try
        {
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            return SourceText.From(utf8.GetString(bytes), utf8);
        }
        catch (DecoderFallbackException e)
        {
            int at = e.Index;
            throw new InputException($"{name}: not valid UTF-8 (byte 0x{(at >= 0 && at < bytes.Length ? bytes[at] : 0):X2} at offset {at}); save the letter as UTF-8 and try again.");
        }
    }

    private static Encoding? DetectBom(byte[] b, out int length)
    {
        length = 0;
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) { length = 3; return new UTF8Encoding(true); }
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) { length = 4; return new UTF32Encoding(false, true); }
        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) { length = 4; return new UTF32Encoding(true, true); }
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) { length = 2; return new UnicodeEncoding(false, true); }
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) { length = 2; return new UnicodeEncoding(true, true); }
        return null;
    }
}
