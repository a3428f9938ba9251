using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using ToneCheck.Engine;
using ToneCheck.Ml;

namespace ToneCheck.Server.Tests;

/// <summary>Each limit with a deliberately small setting, and the shared model under concurrent requests.</summary>
public sealed class LimitTests
{
    [Fact]
    public async Task Body_over_the_limit_gets_413_with_a_json_problem_whether_or_not_its_length_is_declared()
    {
        using var factory = new ServerFactory(new Dictionary<string, string> { ["ToneCheck:MaxBodyBytes"] = "1000" });
        using var client = factory.CreateClient();
        var big = "Dear Sam,\n\n" + string.Concat(Enumerable.Repeat("We will stop the service on 30 June. ", 40));
        Assert.True(Encoding.UTF8.GetByteCount(big) > 1000);

        using var declared = await client.PostAsync("/v1/check", new StringContent(big, Encoding.UTF8, "text/plain"));
        Assert.Contains("1,000 bytes", await ApiTests.Problem(declared, HttpStatusCode.RequestEntityTooLarge));

        // A stream of unknown length goes out chunked, without Content-Length: the limit holds while reading.
        var chunked = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(big)));
        chunked.Headers.ContentType = new("text/plain");
        using var streamed = await client.PostAsync("/v1/check", chunked);
        Assert.Contains("1,000 bytes", await ApiTests.Problem(streamed, HttpStatusCode.RequestEntityTooLarge));

        using var small = await client.PostAsync("/v1/check", new StringContent(big[..900], Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
    }

    [Fact]
    public async Task A_check_past_the_deadline_gets_503_at_the_deadline()
    {
        var rule = new BlockingRule();
        using var factory = new ServerFactory(new Dictionary<string, string> { ["ToneCheck:TimeoutSeconds"] = "0.3" },
            new ToneChecker(rules: [rule]));
        using var client = factory.CreateClient();
        try
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.PostAsync("/v1/check", new StringContent($"Dear Sam, {BlockingRule.Marker}.", Encoding.UTF8, "text/plain"));
            clock.Stop();
            Assert.Contains("0.3 s", await ApiTests.Problem(response, HttpStatusCode.ServiceUnavailable));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"answered after {clock.Elapsed}");
        }
        finally { rule.Release(); }

        using var after = await client.PostAsync("/v1/check", new StringContent("Dear Sam, we stop.", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Requests_beyond_the_concurrency_limit_and_queue_get_429()
    {
        var rule = new BlockingRule();
        using var factory = new ServerFactory(new Dictionary<string, string>
        {
            ["ToneCheck:MaxConcurrentChecks"] = "1",
            ["ToneCheck:QueueLimit"] = "0",
        }, new ToneChecker(rules: [rule]));
        using var client = factory.CreateClient();
        var held = client.PostAsync("/v1/check", new StringContent($"Dear Sam, {BlockingRule.Marker}.", Encoding.UTF8, "text/plain"));
        try
        {
            Assert.True(await rule.EnteredAsync(), "the first check never started");
            using var rejected = await client.PostAsync("/v1/check", new StringContent("Dear Sam, we stop.", Encoding.UTF8, "text/plain"));
            Assert.Contains("try again", await ApiTests.Problem(rejected, HttpStatusCode.TooManyRequests));
            Assert.Equal("1", rejected.Headers.GetValues("Retry-After").Single());
            // Only checks are limited: the service still answers everything else.
            using var health = await client.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
        finally { rule.Release(); }

        using var first = await held;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var next = await client.PostAsync("/v1/check", new StringContent("Dear Sam, we stop.", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task The_shared_model_gives_the_same_answers_under_concurrent_requests()
    {
        var folder = SentenceModel.FindModelsFolder();
        Assert.NotNull(folder);
        // The model alone on every sentence, so each request borrows prediction engines from the shared pool.
        var checker = new ToneChecker(model: SentenceModel.Load(folder!), mode: CheckMode.ModelOnly);
        using var factory = new ServerFactory(new Dictionary<string, string> { ["ToneCheck:MaxConcurrentChecks"] = "16" }, checker);
        using var client = factory.CreateClient();
        string[] letters =
        [
            Letters.Blame,
            "Hi Tom,\n\nYou have been very difficult to work with and frankly rude to my staff. We are done.\n\nAnna",
            "Dear Ms Lee,\n\nThank you for your business over the years. We will no longer provide bookkeeping after 30 June. " +
                "Greenleaf Accounts may be a good fit, and we will send your files to them.\n\nBest wishes,\nSam",
            "Hello,\n\nWe may need to consider ending the contract if things do not improve. Let me know if you'd like to discuss this.\n\nThanks,\nJo",
        ];
        var expected = new List<string>();
        foreach (var letter in letters) expected.Add(Normalise(await Check(client, letter)));
        Assert.Contains(expected, e => e.Contains("\"source\":\"model\"", StringComparison.Ordinal));

        var concurrent = Enumerable.Range(0, 48).Select(async i => (i, await Check(client, letters[i % letters.Length]))).ToList();
        foreach (var (i, answer) in await Task.WhenAll(concurrent))
            Assert.Equal(expected[i % letters.Length], Normalise(answer));
    }

    private static async Task<string> Check(HttpClient client, string letter)
    {
        using var response = await client.PostAsync("/v1/check", new StringContent(letter, Encoding.UTF8, "text/plain"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return text;
    }

    private static string Normalise(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);

    /// <summary>A stream that will not tell its length, so HttpClient sends it chunked.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
