using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ToneCheck.Server.Tests;

/// <summary>The real service on a free port and Debian's Chromium, headless, shared by the page tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public ServerFactory Server { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string Address { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: apt-get install -y chromium (.ci/run does).");
        Server.UseKestrel(0);
        Server.StartServer();
        Address = Server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

public sealed class PageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Typing_a_bad_letter_highlights_it_and_applying_fixes_clears_the_findings()
    {
        await using var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 820 } });
        var page = await context.NewPageAsync();
        var failedRequests = new List<string>();
        page.RequestFailed += (_, r) => failedRequests.Add(r.Url);
        await page.GotoAsync(fixture.Address);

        var letter = page.Locator("#letter");
        await letter.ClickAsync();
        await letter.PressSequentiallyAsync(Letters.Blame);

        // The mark under the text covers exactly the reported words, after an emoji on the same line.
        var blameMark = page.Locator("#highlights mark[data-rule=TC001]");
        await Expect(blameMark).ToHaveTextAsync(Letters.BlamePhrase);
        await Expect(page.Locator("#findings li[data-rule=TC001] .suggestion")).ToContainTextAsync("without an owner");
        await Expect(page.Locator("#highlights mark[data-rule=TC002].sev-error")).ToHaveTextAsync("you have been very difficult to work with this year");
        await Expect(page.Locator("#missing-summary")).ToContainTextAsync("thanks");
        await Expect(page.Locator("#missing li[data-rule=TC004]")).ToHaveCountAsync(1);
        await SaveScreenshot(page);

        await page.Locator("#findings li[data-rule=TC001] button.apply").ClickAsync();
        await Expect(blameMark).ToHaveCountAsync(0);
        await Expect(page.Locator("#findings li[data-rule=TC001]")).ToHaveCountAsync(0);
        await Expect(letter).ToHaveValueAsync(new Regex("\\. As the account's needs have changed, we are no longer the right fit, the work"));

        await page.Locator("#missing li[data-rule=TC004] button.apply").ClickAsync();
        await Expect(page.Locator("#missing li[data-rule=TC004]")).ToHaveCountAsync(0);
        await Expect(letter).ToHaveValueAsync(new Regex("Thank you for choosing us[^\\n]*\\n\\nRegards,\\nAnna"));
        await Expect(page.Locator("#status")).Not.ToHaveClassAsync(new Regex("error"));
        Assert.Empty(failedRequests);
    }

    [Fact]
    public async Task The_page_maps_lines_and_columns_exactly_with_crlf_cr_and_emoji()
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Address);
        const string text = "Dear Ann \U0001F600,\r\n\r\nWe stop on 1 May.\r\r\U0001F4CE\U0001F4CE Because of your constant changes to the brief, " +
            "and since you kept ignoring our invoices, we stop.\n\nYou are frankly the rudest client we have had.\r\n\r\nRegards,\r\nBo\r\n";
        var pairs = await page.EvaluateAsync<string[][]>("""
            async text => {
              const response = await fetch("/v1/check", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text }) });
              const report = await response.json();
              return report.files[0].diagnostics.filter(d => d.kind === "line").map(d => {
                const span = toneCheck.locate(text, d);
                return [text.slice(span.start, span.end), d.text];
              });
            }
            """, text);
        Assert.True(pairs.Length >= 2, $"expected several line findings, got {pairs.Length}");
        foreach (var pair in pairs) Assert.Equal(pair[1], pair[0]);
    }

    [Fact]
    public async Task A_service_error_is_shown_not_swallowed()
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Address);
        // The page sends JSON; a NUL character is refused by the service with a 400 the page must show.
        await page.Locator("#letter").FillAsync("Dear Sam,\u0000 we stop.");
        await Expect(page.Locator("#status")).ToContainTextAsync("NUL character");
        await Expect(page.Locator("#status")).ToHaveClassAsync(new Regex("error"));
    }

    private static async Task SaveScreenshot(IPage page)
    {
        // Always beside the tests; also where TONECHECK_SCREENSHOT says (docs/web-page.png is made that way).
        var bytes = await page.ScreenshotAsync(new() { FullPage = true });
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "web-page.png"), bytes);
        if (Environment.GetEnvironmentVariable("TONECHECK_SCREENSHOT") is { Length: > 0 } path)
            await File.WriteAllBytesAsync(path, bytes);
    }
}
