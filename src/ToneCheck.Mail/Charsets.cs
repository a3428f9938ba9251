using System.Text;

namespace ToneCheck.Mail;

/// <summary>
/// .NET knows only the Unicode encodings and Latin-1 by default; without the code-page provider MimeKit decodes a
/// windows-1252 part as Latin-1 and loses curly quotes and the euro sign. Registering it once is enough.
/// </summary>
internal static class Charsets
{
    private static readonly Lazy<bool> Registered = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    public static void EnsureRegistered() => _ = Registered.Value;
}
