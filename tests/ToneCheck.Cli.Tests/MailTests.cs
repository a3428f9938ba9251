using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToneCheck.Cli.Tests;

/// <summary><c>check</c> on .eml files and the <c>mail</c> filter, in process through <see cref="App.RunAsync(string[], Stream, Stream, TextWriter)"/>.</summary>
public class MailTests
{
    private static string Message(string name) => Path.Combine(Cli.BaseDir, "Messages", name);

    private static async Task<(int Code, byte[] Output, string Error)> MailAsync(byte[] input, params string[] args)
    {
        var output = new MemoryStream();
        using var error = new StringWriter { NewLine = "\n" };
        int code = await App.RunAsync(["mail", "--no-model", .. args], new MemoryStream(input), output, error);
        return (code, output.ToArray(), error.ToString());
    }

    // ---- check on .eml ---------------------------------------------------------------------------------------

    [Fact]
    public async Task Check_on_an_eml_reports_lines_of_the_checked_text_and_where_they_came_from()
    {
        var r = await Cli.RunAsync("check", Message("latin1-quoted-printable.eml"), "--format", "json", "--no-model");

        Assert.Equal(ExitCodes.Findings, r.ExitCode);
        var file = JsonNode.Parse(r.StdOut)!["files"]![0]!;
        var source = file["source"]!;
        Assert.Equal("email", (string?)source["kind"]);
        Assert.Equal("text/plain", (string?)source["part"]);
        Assert.Equal("quoted-printable", (string?)source["contentTransferEncoding"]);
        Assert.Equal("iso-8859-1", (string?)source["charset"]);
        Assert.Equal("""[{"startLine":1,"endLine":1,"part":"header","sourceLine":3},{"startLine":3,"endLine":10,"part":"text/plain","sourceLine":1}]""",
            source["lines"]!.ToJsonString());
        var attack = file["diagnostics"]!.AsArray().Single(d => (string?)d!["ruleId"] == "TC002")!;
        Assert.Equal(5, (int)attack["startLine"]!);
        Assert.Equal("""{"part":"text/plain","line":3}""", attack["origin"]!.ToJsonString());
    }

    [Fact]
    public async Task Check_text_output_names_the_part_and_the_line_in_it()
    {
        var r = await Cli.RunAsync("check", Message("html-only-gmail.eml"), "--no-model");

        Assert.Equal(ExitCodes.Findings, r.ExitCode);
        Assert.Contains(": email: checked its text/html part (quoted-printable, utf-8); line numbers below are of the checked text\n", r.StdOut);
        Assert.Contains("html-only-gmail.eml:5:106: error TC002 (personal-attack)", r.StdOut);
        Assert.Contains("      = from: text/html part, line 2\n", r.StdOut);
    }

    [Fact]
    public async Task Sarif_for_an_eml_is_valid_and_describes_the_message_as_an_artifact()
    {
        var r = await Cli.RunAsync("check", Message("windows-1252-8bit-crlf.eml"), Cli.Letter("good.txt"), "--format", "sarif", "--no-model", "--fail-on", "none");

        Assert.Equal(ExitCodes.Clean, r.ExitCode);
        var evaluation = SarifSchema.Evaluate(r.StdOut);
        Assert.True(evaluation.IsValid, JsonSerializer.Serialize(evaluation));
        var run = JsonNode.Parse(r.StdOut)!["runs"]![0]!;
        var artifact = Assert.Single(run["artifacts"]!.AsArray())!;
        Assert.Equal("message/rfc822", (string?)artifact["mimeType"]);
        Assert.EndsWith("windows-1252-8bit-crlf.eml", (string?)artifact["location"]!["uri"]);
        Assert.Equal("windows-1252", (string?)artifact["properties"]!["source"]!["charset"]);
        var negotiable = run["results"]!.AsArray().Single(x => (string?)x!["ruleId"] == "TC007")!;
        Assert.Equal("""{"part":"text/plain","line":5}""", negotiable["properties"]!["origin"]!.ToJsonString());
    }

    [Fact]
    public async Task Folders_include_eml_files_beside_letters()
    {
        using var dir = new TempDir();
        dir.File("a/letter.txt", Samples.Good);
        dir.File("a/message.eml", File.ReadAllBytes(Message("utf8-base64-good.eml")));
        dir.File("a/notes.pdf", "not a letter");

        var r = await Cli.RunAsync("check", dir.Path, "--format", "json", "--no-model");

        Assert.Equal(ExitCodes.Clean, r.ExitCode);
        var files = JsonNode.Parse(r.StdOut)!["files"]!.AsArray();
        Assert.Equal(["letter.txt", "message.eml"], files.Select(f => Path.GetFileName((string)f!["path"]!)));
        Assert.Null(files[0]!["source"]);
        Assert.Equal("email", (string?)files[1]!["source"]!["kind"]);
    }

    [Theory]
    [InlineData("malformed.eml", "not a readable email message")]
    [InlineData("attachment-only.eml", "no text/plain or text/html part")]
    public async Task An_unreadable_message_is_an_input_error(string name, string expected)
    {
        var r = await Cli.RunAsync("check", Message(name), "--format", "json", "--no-model");

        Assert.Equal(ExitCodes.UsageOrInput, r.ExitCode);
        Assert.Contains(expected, r.StdErr);
        Assert.Contains(expected, (string?)JsonNode.Parse(r.StdOut)!["files"]![0]!["error"]);
    }

    // ---- mail ------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("windows-1252-8bit-crlf.eml")]
    [InlineData("malformed.eml")]
    [InlineData("no-body.eml")]
    [InlineData("folded-headers-8bit.eml")]
    public async Task Mail_writes_the_message_back_unchanged_after_its_new_headers(string name)
    {
        var input = File.ReadAllBytes(Message(name));

        var (code, output, _) = await MailAsync(input);

        Assert.Equal(ExitCodes.Clean, code);
        Assert.StartsWith("X-ToneCheck-Status: ", Encoding.ASCII.GetString(output, 0, 20));
        Assert.Equal(input, output[(output.Length - input.Length)..]);
        var added = Encoding.ASCII.GetString(output, 0, output.Length - input.Length);
        Assert.DoesNotContain("\nFrom:", added);
    }

    [Fact]
    public async Task Mail_stamps_unchecked_with_a_reason_and_says_why_on_stderr()
    {
        var (code, output, error) = await MailAsync(File.ReadAllBytes(Message("attachment-only.eml")));

        Assert.Equal(ExitCodes.Clean, code);
        Assert.StartsWith("X-ToneCheck-Status: unchecked; reason=no-text\n", Encoding.ASCII.GetString(output));
        Assert.Contains("not checked: the message has no text/plain or text/html part", error);
    }

    [Theory]
    [InlineData("latin1-quoted-printable.eml", "none", ExitCodes.Clean)]
    [InlineData("latin1-quoted-printable.eml", "error", ExitCodes.Rejected)]
    [InlineData("windows-1252-8bit-crlf.eml", "error", ExitCodes.Clean)]
    [InlineData("windows-1252-8bit-crlf.eml", "warning", ExitCodes.Rejected)]
    [InlineData("utf8-base64-good.eml", "warning", ExitCodes.Clean)]
    [InlineData("malformed.eml", "warning", ExitCodes.Clean)]
    public async Task Reject_on_sets_the_exit_code_and_the_message_is_still_written(string name, string level, int expected)
    {
        var input = File.ReadAllBytes(Message(name));

        var (code, output, _) = await MailAsync(input, "--reject-on", level);

        Assert.Equal(expected, code);
        Assert.Equal(65, ExitCodes.Rejected); // sendmail's EX_DATAERR, documented in README
        Assert.Equal(input, output[(output.Length - input.Length)..]);
    }

    [Fact]
    public async Task Mail_with_a_bad_option_reads_and_writes_nothing()
    {
        var (code, output, error) = await MailAsync(File.ReadAllBytes(Message("alternative.eml")), "--reject-on", "sometimes");

        Assert.Equal(ExitCodes.UsageOrInput, code);
        Assert.Empty(output);
        Assert.Contains("sometimes", error);
    }

    [Fact]
    public async Task Mail_through_text_writers_works_for_utf8_messages()
    {
        var input = File.ReadAllText(Message("reply-quoted.eml"));

        var r = await Cli.RunWithStdinAsync(input, "mail", "--no-model");

        Assert.Equal(ExitCodes.Clean, r.ExitCode);
        Assert.Equal("X-ToneCheck-Status: clean; errors=0; warnings=0; info=0\n" + input, r.StdOut);
    }

    // The real process, reading standard input and writing standard output as bytes.
    [Fact]
    public async Task Mail_as_a_process_passes_a_message_through()
    {
        var input = File.ReadAllBytes(Message("html-only-gmail.eml"));

        var r = await Cli.RunProcessAsync(Cli.BaseDir, input, "mail", "--no-model", "--reject-on", "error");

        Assert.Equal(ExitCodes.Rejected, r.ExitCode);
        Assert.StartsWith("X-ToneCheck-Status: flagged; errors=1;", r.StdOut);
        Assert.EndsWith(Encoding.ASCII.GetString(input), r.StdOut);
        Assert.Equal("", r.StdErr);
    }
}
