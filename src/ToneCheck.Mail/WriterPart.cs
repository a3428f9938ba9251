using MimeKit;
using MimeKit.Cryptography;

namespace ToneCheck.Mail;

/// <summary>
/// Finds the part holding what the sender wrote: the text/plain body, or the HTML body when there is no plain one.
/// Attachments and forwarded messages (message/rfc822 parts) are someone else's text and are never chosen.
/// </summary>
internal static class WriterPart
{
    public static TextPart? Find(MimeEntity? entity) => entity switch
    {
        TextPart text when !text.IsAttachment && (text.IsPlain || text.IsHtml) => text,
        MultipartEncrypted => null,
        // The alternatives say the same thing; the plain one maps to the checked text line for line.
        MultipartAlternative alternative => Best(alternative.Select(Find)),
        MultipartRelated related => Find(related.Root),
        // mixed, signed, report...: the first inline body in order; attachments and forwards are skipped above and below.
        Multipart multipart => multipart.Select(Find).FirstOrDefault(p => p is not null),
        _ => null,
    };

    private static TextPart? Best(IEnumerable<TextPart?> candidates)
    {
        var found = candidates.Where(p => p is not null).ToList();
        return found.FirstOrDefault(p => p!.IsPlain) ?? found.FirstOrDefault();
    }

    /// <summary>Whether the message is encrypted, so that the reason it cannot be checked can say so.</summary>
    public static bool IsEncrypted(MimeEntity? entity) => entity switch
    {
        MultipartEncrypted or ApplicationPkcs7Mime => true,
        Multipart multipart => multipart.Any(IsEncrypted),
        _ => false,
    };
}
