using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ToneCheck.Engine;
using ToneCheck.Rules;

namespace ToneCheck.Server.Tests;

/// <summary>The endpoints, content types and error answers, in process.</summary>
public sealed class ApiTests : IClassFixture<ServerFactory>
{
    private readonly ServerFactory _factory;
    private readonly HttpClient _client;

    public ApiTests(ServerFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task Plain_text_letter_gets_the_json_report_with_exact_positions()
    {
        using var response = await _client.PostAsync("/v1/check", new StringContent(Letters.Blame, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("1", root.GetProperty("version").GetString());
        Assert.Equal("tonecheck", root.GetProperty("tool").GetProperty("name").GetString());
        var file = root.GetProperty("files")[0];
        Assert.Equal("request", file.GetProperty("path").GetString());
        Assert.Equal("en", file.GetProperty("language").GetString());
        // The missing thanks comes with its exact insertion, a new paragraph at the start of the sign-off line.
        var thanksFix = Diagnostics(root).Single(d => d.GetProperty("ruleId").GetString() == "TC004").GetProperty("fix");
        Assert.Equal(Letters.Position(Letters.Blame, "Regards,").Line, thanksFix.GetProperty("startLine").GetInt32());
        Assert.Equal(1, thanksFix.GetProperty("startColumn").GetInt32());
        Assert.EndsWith("\n\n", thanksFix.GetProperty("text").GetString());

        var blame = Diagnostics(root).Single(d => d.GetProperty("ruleId").GetString() == "TC001");
        var (line, column) = Letters.Position(Letters.Blame, Letters.BlamePhrase);
        Assert.Equal(line, blame.GetProperty("startLine").GetInt32());
        Assert.Equal(column, blame.GetProperty("startColumn").GetInt32());
        Assert.Equal(column + Letters.BlamePhrase.Length, blame.GetProperty("endColumn").GetInt32());
        Assert.Equal(Letters.BlamePhrase, blame.GetProperty("text").GetString());
        Assert.Equal("line", blame.GetProperty("kind").GetString());
        Assert.False(string.IsNullOrEmpty(blame.GetProperty("suggestion").GetString()));

        var summary = root.GetProperty("summary");
        Assert.Equal(Diagnostics(root).Count(d => d.GetProperty("severity").GetString() == "warning"), summary.GetProperty("warnings").GetInt32());
    }

    [Fact]
    public async Task Crlf_and_emoji_keep_columns_in_utf16_code_units()
    {
        var text = "Dear Ann \U0001F600,\r\n\r\n\U0001F4CE\U0001F4CE Because of your constant changes to the brief, we stop.\r\n\r\nRegards,\r\nBo\r\n";
        var root = await CheckJson(new { text });
        var blame = Diagnostics(root).Single(d => d.GetProperty("ruleId").GetString() == "TC001");
        var (line, column) = Letters.Position(text, Letters.BlamePhrase);
        Assert.Equal(line, blame.GetProperty("startLine").GetInt32());
        Assert.Equal(column, blame.GetProperty("startColumn").GetInt32());
        Assert.Equal(Letters.BlamePhrase, blame.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Json_rules_change_severities_and_language_is_forced()
    {
        var all = await CheckJson(new { text = Letters.Blame });
        Assert.Contains(Diagnostics(all), d => d.GetProperty("ruleId").GetString() == "TC004");

        var quiet = await CheckJson(new { text = Letters.Blame, rules = new Dictionary<string, string> { ["TC004"] = "none", ["tc001"] = "error" } });
        Assert.DoesNotContain(Diagnostics(quiet), d => d.GetProperty("ruleId").GetString() == "TC004");
        Assert.Equal("error", Diagnostics(quiet).Single(d => d.GetProperty("ruleId").GetString() == "TC001").GetProperty("severity").GetString());

        // Forced to Welsh, the English letter is read with the Welsh data: the English blame phrase is not Welsh.
        var welsh = await CheckJson(new { text = Letters.Blame, language = "cy" });
        Assert.Equal("cy", welsh.GetProperty("files")[0].GetProperty("language").GetString());
        Assert.DoesNotContain(Diagnostics(welsh), d => d.GetProperty("ruleId").GetString() == "TC001");
        Assert.DoesNotContain(Diagnostics(welsh), d => d.GetProperty("ruleId").GetString() == "TC000");

        // The shared checker is untouched by a request's overrides.
        var again = await CheckJson(new { text = Letters.Blame });
        Assert.Equal(Diagnostics(all).Select(d => d.GetProperty("ruleId").GetString()), Diagnostics(again).Select(d => d.GetProperty("ruleId").GetString()));
    }

    [Fact]
    public async Task An_email_is_checked_on_its_writers_text_with_the_line_map()
    {
        var message = "From: Lee <lee@example.com>\r\nTo: Kim <kim@example.com>\r\nSubject: Our agreement\r\n" +
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
            "Dear Kim,\r\n\r\nBecause of your constant changes to the brief, we stop on 1 May.\r\n\r\nRegards,\r\nLee\r\n";
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(message));
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        using var response = await _client.PostAsync("/v1/check", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var file = json.RootElement.GetProperty("files")[0];
        Assert.Equal("email", file.GetProperty("source").GetProperty("kind").GetString());
        Assert.Equal("text/plain", file.GetProperty("source").GetProperty("part").GetString());
        var blame = Diagnostics(json.RootElement).Single(d => d.GetProperty("ruleId").GetString() == "TC001");
        Assert.Equal("Because of your constant changes to the brief", blame.GetProperty("text").GetString());

        // Not a message at all (a zip file's first bytes): a 400 that says so, never a crash.
        var broken = new ByteArrayContent([0x00, 0x01, 0x02, 0x50, 0x4B, 0x03, 0x04, 0x0A, 0xFF, 0xFE, 0x0A]);
        broken.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        using var bad = await _client.PostAsync("/v1/check", broken);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Theory]
    [InlineData("application/octet-stream")]
    [InlineData(null)]
    public async Task Unsupported_content_types_get_415_saying_what_is_accepted(string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("Subject: hi\r\n\r\nDear Sam,"));
        if (contentType is not null) content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var response = await _client.PostAsync("/v1/check", content);
        var problem = await Problem(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("text/plain", problem);
        Assert.Contains("application/json", problem);
        if (contentType is not null) Assert.Contains(contentType, problem);
    }

    [Fact]
    public async Task Invalid_utf8_and_binary_get_400_with_the_decoders_messages()
    {
        byte[] latin1 = [.. Encoding.UTF8.GetBytes("Dear Ren"), 0xE9, .. Encoding.UTF8.GetBytes(",\n\nWe stop.")];
        byte[] binary = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08];
        foreach (var (bytes, type) in new[] { (latin1, "text/plain"), (binary, "text/plain"), (latin1, "application/json") })
        {
            var expected = Assert.Throws<InputException>(() => LetterInput.Decode(bytes, "request body")).Message;
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue(type);
            using var response = await _client.PostAsync("/v1/check", content);
            Assert.Equal(expected, await Problem(response, HttpStatusCode.BadRequest));
        }
    }

    [Theory]
    [InlineData("{\"text\": \"Dear Sam,\"", "not a valid check request")]
    [InlineData("{\"letter\": \"Dear Sam,\"}", "\"text\" string")]
    [InlineData("{\"text\": 42}", "not a valid check request")]
    [InlineData("[1, 2]", "not a valid check request")]
    [InlineData("{\"text\": \"Dear Sam,\", \"rules\": {\"TC042\": \"none\"}}", "no rule 'TC042'")]
    [InlineData("{\"text\": \"Dear Sam,\", \"rules\": {\"TC001\": \"loud\"}}", "error, warning, info or none")]
    [InlineData("{\"text\": \"Dear Sam,\", \"language\": \"fr\"}", "'fr' is not one of auto")]
    [InlineData("{\"text\": \"Dear\\u0000Sam,\"}", "NUL character at offset 4")]
    public async Task Bad_json_requests_get_400_with_a_clear_message(string body, string expected)
    {
        using var response = await _client.PostAsync("/v1/check", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Contains(expected, await Problem(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Rules_endpoint_lists_every_rule_with_its_default_severity()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/v1/rules"));
        var rules = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var (rule, listed) in RuleCatalog.All.Zip(rules))
        {
            Assert.Equal(rule.Name, listed.GetProperty("name").GetString());
            Assert.Equal(rule.Kind == RuleKind.Line ? "line" : "document", listed.GetProperty("kind").GetString());
            Assert.Equal(rule.Descriptor.DefaultSeverity.ToString().ToLowerInvariant(), listed.GetProperty("severity").GetString());
            Assert.Equal(rule.Descriptor.HelpLinkUri, listed.GetProperty("helpUri").GetString());
        }
    }

    [Fact]
    public async Task Health_says_ok_and_whether_the_model_is_used()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/healthz"));
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("off", json.RootElement.GetProperty("model").GetString());
    }

    [Fact]
    public async Task OpenApi_document_describes_the_endpoints()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json"));
        var root = json.RootElement;
        Assert.StartsWith("3.", root.GetProperty("openapi").GetString());
        var paths = root.GetProperty("paths");
        var check = paths.GetProperty("/v1/check").GetProperty("post");
        var content = check.GetProperty("requestBody").GetProperty("content");
        Assert.Equal("string", content.GetProperty("text/plain").GetProperty("schema").GetProperty("type").GetString());
        Assert.True(content.GetProperty("application/json").GetProperty("schema").TryGetProperty("properties", out var properties)
            || content.GetProperty("application/json").GetProperty("schema").TryGetProperty("$ref", out _));
        foreach (var status in new[] { "200", "400", "413", "415", "429", "503" })
            Assert.True(check.GetProperty("responses").TryGetProperty(status, out _), $"response {status} is not described");
        Assert.True(paths.GetProperty("/v1/rules").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/healthz").TryGetProperty("get", out _));
        Assert.False(paths.TryGetProperty("/", out _));
    }

    [Fact]
    public async Task The_page_and_its_files_come_from_the_service_alone()
    {
        using var page = await _client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        foreach (var (path, type) in new[] { ("/app.js", "text/javascript"), ("/app.css", "text/css") })
        {
            using var file = await _client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal(type, file.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("https://", await file.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Letter_text_never_reaches_the_logs()
    {
        const string secret = "Zanzibar quartermaster invoices";
        var letter = $"Dear Kim,\n\nBecause of your constant changes to the {secret}, we stop on 1 May.\n\nRegards,\nLee\n";
        await _client.PostAsync("/v1/check", new StringContent(letter, Encoding.UTF8, "text/plain"));
        await _client.PostAsync("/v1/check", new StringContent(JsonSerializer.Serialize(new { text = letter, rules = new { TC042 = "none" } }), Encoding.UTF8, "application/json"));
        await _client.PostAsync("/v1/check", new StringContent(letter + "{", Encoding.UTF8, "application/json"));
        await _client.PostAsync("/v1/check", new StringContent(letter, Encoding.UTF8, "message/rfc822"));
        Assert.NotEmpty(_factory.Logs);
        Assert.DoesNotContain(_factory.Logs, l => l.Contains("Zanzibar", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Messages_are_in_the_letters_language_unless_the_request_names_one()
    {
        var welsh = RuleText.Translations("cy", RuleIds.MissingThanks);
        string Thanks(JsonElement root) => Diagnostics(root).Single(d => d.GetProperty("ruleId").GetString() == RuleIds.MissingThanks).GetProperty("message").GetString()!;

        var own = await CheckJson(new { text = welsh["example.reported"] });
        Assert.Equal("cy", own.GetProperty("files")[0].GetProperty("messages").GetString());
        Assert.Equal(welsh["missing"], Thanks(own));

        var english = await CheckJson(new { text = welsh["example.reported"], messages = "en" });
        Assert.Equal(RuleCatalog.Find(RuleIds.MissingThanks)!.Text("missing"), Thanks(english));

        // The query parameter serves every content type, here a plain-text body.
        using var plain = await _client.PostAsync("/v1/check?messages=en", new StringContent(welsh["example.reported"], Encoding.UTF8, "text/plain"));
        var root = JsonDocument.Parse(await plain.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(RuleCatalog.Find(RuleIds.MissingThanks)!.Text("missing"), Thanks(root));

        using var bad = await _client.PostAsync("/v1/check", new StringContent(JsonSerializer.Serialize(new { text = "Hi", messages = "fr" }), Encoding.UTF8, "application/json"));
        Assert.Contains("messages", await Problem(bad, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task The_rules_list_speaks_the_language_asked_for()
    {
        var rules = JsonDocument.Parse(await _client.GetStringAsync("/v1/rules?language=vi")).RootElement;
        var attack = rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == RuleIds.PersonalAttack);
        Assert.Equal(RuleText.Translations("vi", RuleIds.PersonalAttack)["title"], attack.GetProperty("title").GetString());
        using var bad = await _client.GetAsync("/v1/rules?language=fr");
        Assert.Contains("fr", await Problem(bad, HttpStatusCode.BadRequest));
    }

    internal static IEnumerable<JsonElement> Diagnostics(JsonElement report) =>
        report.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray();

    private async Task<JsonElement> CheckJson(object body)
    {
        using var response = await _client.PostAsync("/v1/check", new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts the status and a JSON problem document, and returns its detail.</summary>
    internal static async Task<string> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(text);
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
        return json.RootElement.GetProperty("detail").GetString()!;
    }
}
