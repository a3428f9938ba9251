using System.Text;

namespace ToneCheck.Cli.Tests;

/// <summary>
/// The built CLI as a real process (<c>dotnet tonecheck.dll ...</c>, 60 s timeout each): real standard input
/// read as bytes, real exit codes, real standard error.
/// </summary>
public class EndToEndTests
{
    [Fact]
    public async Task Stdin_with_a_dash_is_checked()
    {
        var letter = File.ReadAllBytes(Cli.Letter("several-findings.txt"));

        var r = await Cli.RunProcessAsync(Cli.BaseDir, letter, "check", "-", "--format", "msbuild");

        Assert.True(r.ExitCode == ExitCodes.Findings, r.ToString());
        Assert.Contains("<stdin>(5,", r.StdOut);
        Assert.Contains(": error TC002: ", r.StdOut);
        Assert.Equal("", r.StdErr);
    }

    [Fact]
    public async Task Stdin_keeps_crlf_and_emoji_columns()
    {
        var letter = File.ReadAllBytes(Cli.Letter("crlf-emoji.txt"));

        var viaStdin = await Cli.RunProcessAsync(Cli.BaseDir, letter, "check", "-", "--format", "msbuild", "--fail-on", "none");
        var viaFile = await Cli.RunProcessAsync(Cli.BaseDir, null, "check", "Letters/crlf-emoji.txt", "--format", "msbuild", "--fail-on", "none");

        Assert.True(viaStdin.ExitCode == ExitCodes.Clean, viaStdin.ToString());
        Assert.Equal(viaFile.StdOut.Replace("Letters/crlf-emoji.txt", "<stdin>"), viaStdin.StdOut);
    }

    [Fact]
    public async Task A_directory_is_checked_recursively()
    {
        using var dir = new TempDir();
        dir.File("a.txt", Samples.Good);
        dir.File("nested/b.md", Samples.WithPersonalAttack);
        dir.File("nested/c.json", "{}");

        var r = await Cli.RunProcessAsync(dir.Path, null, "check", ".", "--format", "msbuild");

        Assert.True(r.ExitCode == ExitCodes.Findings, r.ToString());
        Assert.Contains("b.md(", r.StdOut);
        Assert.Contains(": error TC002: ", r.StdOut);
        Assert.DoesNotContain("c.json", r.StdOut);

        var text = await Cli.RunProcessAsync(dir.Path, null, "check", ".");
        Assert.Contains("2 letters checked", text.StdOut);
    }

    [Fact]
    public async Task Exit_0_for_a_good_letter()
    {
        var r = await Cli.RunProcessAsync(Cli.BaseDir, null, "check", "Letters/good.txt");

        Assert.True(r.ExitCode == ExitCodes.Clean, r.ToString());
        Assert.Contains("1 letter checked (en 1): 0 errors", r.StdOut);
        Assert.DoesNotContain("\u001b[", r.StdOut); // redirected: no colour codes
    }

    [Fact]
    public async Task Exit_1_for_findings_at_the_fail_on_level()
    {
        var r = await Cli.RunProcessAsync(Cli.BaseDir, null, "check", "Letters/several-findings.txt");

        Assert.True(r.ExitCode == ExitCodes.Findings, r.ToString());
        Assert.Contains("error TC002", r.StdOut);
    }

    [Fact]
    public async Task Exit_0_for_the_same_findings_with_fail_on_none()
    {
        var r = await Cli.RunProcessAsync(Cli.BaseDir, null, "check", "Letters/several-findings.txt", "--fail-on", "none");

        Assert.True(r.ExitCode == ExitCodes.Clean, r.ToString());
    }

    [Fact]
    public async Task Exit_2_for_bad_usage()
    {
        var r = await Cli.RunProcessAsync(Cli.BaseDir, null, "check", "Letters/good.txt", "--format", "xml");

        Assert.True(r.ExitCode == ExitCodes.UsageOrInput, r.ToString());
        Assert.Contains("xml", r.StdErr);
        Assert.Contains("--help", r.StdErr);
    }

    [Fact]
    public async Task Exit_2_for_an_unknown_command()
    {
        var r = await Cli.RunProcessAsync(Cli.BaseDir, null, "frobnicate");

        Assert.True(r.ExitCode == ExitCodes.UsageOrInput, r.ToString());
        Assert.NotEqual("", r.StdErr);
    }

    [Fact]
    public async Task Exit_2_and_a_clear_message_for_a_missing_file()
    {
        using var dir = new TempDir();

        var r = await Cli.RunProcessAsync(dir.Path, null, "check", "no-such-letter.txt");

        Assert.True(r.ExitCode == ExitCodes.UsageOrInput, r.ToString());
        Assert.Contains("tonecheck: no-such-letter.txt: no such file", r.StdErr);
        Assert.DoesNotContain("Exception", r.StdErr);
        Assert.DoesNotContain("   at ", r.StdErr); // no stack trace
    }

    [Fact]
    public async Task Exit_2_for_a_binary_file()
    {
        using var dir = new TempDir();
        var bytes = Encoding.UTF8.GetBytes("Dear Sam,\n\nWe are ending our contract.\n").Concat(new byte[] { 0, 0, 1, 2, 3, 0 }).ToArray();
        dir.File("scan.txt", bytes);

        var r = await Cli.RunProcessAsync(dir.Path, null, "check", "scan.txt");

        Assert.True(r.ExitCode == ExitCodes.UsageOrInput, r.ToString());
        Assert.Contains("scan.txt", r.StdErr);
        Assert.Contains("binary", r.StdErr);
        Assert.DoesNotContain("   at ", r.StdErr);
    }

    [Fact]
    public async Task Exit_2_for_binary_on_stdin()
    {
        var r = await Cli.RunProcessAsync(Cli.BaseDir, [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00], "check", "-");

        Assert.True(r.ExitCode == ExitCodes.UsageOrInput, r.ToString());
        Assert.Contains("<stdin>", r.StdErr);
        Assert.Contains("binary", r.StdErr);
    }

    [Fact]
    public async Task Exit_2_for_invalid_utf8()
    {
        using var dir = new TempDir();
        // "café" in Latin-1: 0xE9 followed by a space is not UTF-8.
        var bytes = Encoding.Latin1.GetBytes("Dear Mr Dupont,\n\nThank you for choosing our café for your events.\n");
        dir.File("latin1.txt", bytes);

        var r = await Cli.RunProcessAsync(dir.Path, null, "check", "latin1.txt");

        Assert.True(r.ExitCode == ExitCodes.UsageOrInput, r.ToString());
        Assert.Contains("latin1.txt", r.StdErr);
        Assert.Contains("not valid UTF-8", r.StdErr);
        Assert.DoesNotContain("   at ", r.StdErr);
    }

    [Fact]
    public async Task Exit_2_for_invalid_utf8_on_stdin()
    {
        var r = await Cli.RunProcessAsync(Cli.BaseDir, [0x48, 0x69, 0x20, 0xC3, 0x28, 0x0A], "check", "-");

        Assert.True(r.ExitCode == ExitCodes.UsageOrInput, r.ToString());
        Assert.Contains("not valid UTF-8", r.StdErr);
    }

    [Fact]
    public async Task An_empty_file_does_not_crash()
    {
        using var dir = new TempDir();
        dir.File("empty.txt", Array.Empty<byte>());

        var r = await Cli.RunProcessAsync(dir.Path, null, "check", "empty.txt");

        Assert.True(r.ExitCode == ExitCodes.Clean, r.ToString());
        Assert.Equal("", r.StdErr);
        Assert.Contains("1 letter checked", r.StdOut);
    }

    [Fact]
    public async Task Empty_stdin_does_not_crash()
    {
        var r = await Cli.RunProcessAsync(Cli.BaseDir, [], "check", "-", "--format", "json");

        Assert.True(r.ExitCode == ExitCodes.Clean, r.ToString());
        Assert.Equal("", r.StdErr);
        using var json = System.Text.Json.JsonDocument.Parse(r.StdOut);
        var file = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal("<stdin>", file.GetProperty("path").GetString());
        Assert.DoesNotContain(file.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("kind").GetString() == "line");
    }

    [Fact]
    public async Task Output_file_and_sarif_from_a_real_process()
    {
        using var dir = new TempDir();

        var r = await Cli.RunProcessAsync(Cli.BaseDir, null, "check", "Letters/several-findings.txt", "--format", "sarif", "--output", dir.Combine("out.sarif"));

        Assert.True(r.ExitCode == ExitCodes.Findings, r.ToString());
        Assert.Equal("", r.StdOut);
        var results = SarifSchema.Evaluate(File.ReadAllText(dir.Combine("out.sarif")));
        Assert.True(results.IsValid, SarifSchema.Describe(results));
    }

    [Fact]
    public async Task Help_and_version_work()
    {
        var help = await Cli.RunProcessAsync(Cli.BaseDir, null, "--help");
        Assert.True(help.ExitCode == ExitCodes.Clean, help.ToString());
        foreach (var command in new[] { "check", "eval", "rules", "explain", "docs" })
            Assert.Contains(command, help.StdOut);

        var version = await Cli.RunProcessAsync(Cli.BaseDir, null, "--version");
        Assert.True(version.ExitCode == ExitCodes.Clean, version.ToString());
        Assert.StartsWith(App.Version, version.StdOut.Trim());
    }
}
