using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Microsoft.Net.Http.Headers;
using ToneCheck.Engine;
using ToneCheck.Rules;
using ToneCheck.Text;

namespace ToneCheck.Server;

/// <summary>The JSON form of a check request.</summary>
/// <param name="Text">The letter.</param>
/// <param name="Rules">Severity per rule ID, e.g. <c>{ "TC009": "none" }</c> (error, warning, info or none).</param>
/// <param name="Language">auto (the default) or a language code (en, cy, ms, vi, tl) to force.</param>
/// <param name="Messages">letter (the default: the letter's own language) or a language code to write messages in.</param>
public sealed record CheckRequestBody(string? Text, Dictionary<string, string>? Rules = null, string? Language = null, string? Messages = null);

/// <summary>A request read and validated: the letter and how to check it.</summary>
internal sealed record CheckRequest(SourceText Text, IReadOnlyDictionary<string, ReportDiagnostic> Severities, string? Language)
{
    /// <summary>The language to write messages in; null for the letter's own.</summary>
    public string? Messages { get; init; }

    /// <summary>For an email, which part of the message the text is and how its lines map.</summary>
    public LetterSource? Source { get; init; }
}

/// <summary>
/// Reads a check request by its content type: one case per accepted media type, each turning the body's bytes
/// into a <see cref="CheckRequest"/> or a 400 that says what is wrong.
/// </summary>
internal static class CheckRequestReader
{
    public const string PlainText = "text/plain";
    public const string Json = "application/json";
    public const string Email = "message/rfc822";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <param name="messages">The <c>messages</c> query parameter, which any content type may carry; it wins over the JSON field.</param>
    public static (CheckRequest? Request, IResult? Error) Read(string? contentType, byte[] body, string? messages = null)
    {
        var (request, error) = ReadBody(contentType, body);
        if (request is null) return (request, error);
        var chosen = messages ?? request.Messages;
        if (chosen is null) return (request, null);
        chosen = chosen.Trim().ToLowerInvariant();
        if (chosen is "" or RuleText.LettersOwn) return (request with { Messages = null }, null);
        if (!RuleText.MessageChoices.Contains(chosen))
            return (null, Problems.BadRequest($"messages: '{chosen}' is not one of {string.Join(", ", RuleText.MessageChoices)}."));
        return (request with { Messages = chosen }, null);
    }

    private static (CheckRequest? Request, IResult? Error) ReadBody(string? contentType, byte[] body)
    {
        string? mediaType = MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant() : null;
        try
        {
            return mediaType switch
            {
                PlainText => (new CheckRequest(LetterInput.Decode(body, "request body"), new Dictionary<string, ReportDiagnostic>(), null), null),
                Json => FromJson(body),
                Email => FromEmail(body),
                _ => (null, Problems.Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type",
                    $"Content-Type '{contentType ?? "(none)"}' is not accepted; send the letter as {PlainText}, as {Json} {{ \"text\": ... }} or as an email ({Email}).")),
            };
        }
        catch (InputException e)
        {
            return (null, Problems.BadRequest(e.Message));
        }
    }

    // The writer's own text of the message (its Subject and body part, without quotes and signature), as the CLI reads .eml files.
    private static (CheckRequest?, IResult?) FromEmail(byte[] body)
    {
        var mail = ToneCheck.Mail.MailLetter.Extract(body, "request body");
        return (new CheckRequest(mail.Text, new Dictionary<string, ReportDiagnostic>(), null) { Source = mail.Source }, null);
    }

    private static (CheckRequest?, IResult?) FromJson(byte[] body)
    {
        // The bytes pass the same decoding as a plain-text letter, so invalid UTF-8 and binary data get the same messages.
        var json = LetterInput.Decode(body, "request body").ToString();
        CheckRequestBody? request;
        try { request = JsonSerializer.Deserialize<CheckRequestBody>(json, JsonOptions); }
        catch (JsonException e) { return (null, Problems.BadRequest($"The body is not a valid check request: {e.Message}")); }
        if (request?.Text is not { } text)
            return (null, Problems.BadRequest("The JSON body needs a \"text\" string holding the letter."));
        int nul = text.IndexOf('\0');
        if (nul >= 0)
            return (null, Problems.BadRequest($"text: holds a NUL character at offset {nul}, so it looks like binary data; ToneCheck reads plain-text letters."));

        var severities = new Dictionary<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, level) in request.Rules ?? [])
        {
            var rule = RuleCatalog.Find(id);
            if (rule is null)
                return (null, Problems.BadRequest($"rules: no rule '{id}'; the rules are {RuleCatalog.All[0].Id} to {RuleCatalog.All[^1].Id} (GET /v1/rules)."));
            if (!SeverityLevels.TryParse(level ?? "", out var severity))
                return (null, Problems.BadRequest($"rules: '{id}': the level must be {SeverityLevels.Expected}, not '{level}'."));
            severities[rule.Id] = severity;
        }

        string? language = request.Language?.Trim().ToLowerInvariant();
        if (language is null or "" or "auto") language = null;
        else if (!LanguageIdentifier.Languages.Contains(language))
            return (null, Problems.BadRequest($"language: '{request.Language}' is not one of auto, {string.Join(", ", LanguageIdentifier.Languages)}."));

        return (new CheckRequest(SourceText.From(text, Encoding.UTF8), severities, language) { Messages = request.Messages }, null);
    }
}
