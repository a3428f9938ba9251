using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ToneCheck.Cli;

namespace ToneCheck.Server.Tests;

/// <summary><c>tonecheck serve</c>: its bad options and model errors in process, and one real run of the built tool.</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("--max-body-bytes", "0")]
    [InlineData("--timeout-seconds", "-1")]
    [InlineData("--max-concurrent-checks", "0")]
    [InlineData("--queue-limit", "-2")]
    public async Task Bad_limits_are_refused_with_exit_code_2(string option, string value)
    {
        var (code, _, stderr) = await Run("serve", option, value, "--urls", "http://127.0.0.1:0");
        Assert.Equal(ExitCodes.UsageOrInput, code);
        Assert.Contains(option, stderr);
    }

    [Fact]
    public async Task A_missing_model_stops_the_start_with_its_message()
    {
        var missing = Path.Combine(Path.GetTempPath(), "tonecheck-no-model-" + Guid.NewGuid().ToString("N"));
        var (code, _, stderr) = await Run("serve", "--model-dir", missing, "--urls", "http://127.0.0.1:0");
        Assert.Equal(ExitCodes.UsageOrInput, code);
        Assert.Contains("model is missing", stderr);
        Assert.Contains("--no-model", stderr);
    }

    [Fact]
    public async Task The_built_tool_serves_on_the_address_it_prints()
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (string.IsNullOrEmpty(dotnet) || !File.Exists(dotnet)) dotnet = "dotnet";
        var info = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "tonecheck.dll"), "serve", "--no-model", "--urls", "http://127.0.0.1:0" })
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        try
        {
            // The service's own start-up log lines come first on standard output; the address is in the line ToneCheck prints.
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            string address = "";
            while (address.Length == 0 && await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
                address = Regex.Match(line, @"listening on (http://127\.0\.0\.1:\d+)") is { Success: true } m ? m.Groups[1].Value : "";
            Assert.True(address.Length > 0, "tonecheck serve did not print the address it listens on");

            using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
            var health = await client.GetFromJsonAsync<JsonElement>("/healthz");
            Assert.Equal("off", health.GetProperty("model").GetString());
            using var response = await client.PostAsync("/v1/check", new StringContent(Letters.Blame, Encoding.UTF8, "text/plain"));
            using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Contains(ApiTests.Diagnostics(report.RootElement), d => d.GetProperty("ruleId").GetString() == "TC001");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<(int Code, string StdOut, string StdErr)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = await App.RunAsync(args, new StringReader(""), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
