using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace ToneCheck.Lsp.Tests;

/// <summary>
/// <c>tonecheck lsp</c> as a process (the built tonecheck.dll next to the tests): standard output carries framed LSP
/// messages and nothing else, logs go to standard error, and option errors exit 2 before the server starts.
/// </summary>
public class CommandTests
{
    [Fact]
    public async Task Standard_output_carries_only_framed_messages()
    {
        using var process = Start("lsp", "--no-model");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdin = process.StandardInput.BaseStream;
        var stdout = process.StandardOutput.BaseStream;
        var seen = new List<JsonElement>();

        // As an editor does: write a message, read what comes back. Every byte read must be part of a framed message.
        await WriteAsync(stdin, new { jsonrpc = "2.0", id = 1, method = "initialize", @params = new { capabilities = new { } } });
        var initialized = await ResponseAsync(stdout, 1, seen);
        await WriteAsync(stdin, new { jsonrpc = "2.0", method = "initialized", @params = new { } });
        await WriteAsync(stdin, new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = new { textDocument = new { uri = "file:///a.txt", languageId = "plaintext", version = 1, text = TestLetters.Agency } } });
        await WriteAsync(stdin, new { jsonrpc = "2.0", id = 2, method = "textDocument/hover", @params = new { textDocument = new { uri = "file:///a.txt" }, position = new { line = 6, character = 20 } } });
        var hover = await ResponseAsync(stdout, 2, seen);
        await WriteAsync(stdin, new { jsonrpc = "2.0", id = 3, method = "shutdown" });
        await ResponseAsync(stdout, 3, seen);
        await WriteAsync(stdin, new { jsonrpc = "2.0", method = "exit" });
        var exit = await ExitAsync(process);

        Assert.True(exit == 0, $"exit {exit}\n{await stderr}");
        Assert.Equal(2, initialized.GetProperty("result").GetProperty("capabilities").GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.Contains("TC002", hover.GetProperty("result").GetProperty("contents").GetProperty("value").GetString());
        var rest = new MemoryStream();
        await stdout.CopyToAsync(rest);
        seen.AddRange(Unframe(rest.ToArray()));
        Assert.Contains(seen, m => m.TryGetProperty("method", out var method) && method.GetString() == "textDocument/publishDiagnostics");
        Assert.Contains("initialized by an unnamed client", await stderr);
    }

    [Fact]
    public async Task A_missing_model_folder_is_a_clear_error_with_exit_2()
    {
        using var process = Start("lsp", "--model-dir", Path.Combine(Path.GetTempPath(), "no-such-models-" + Guid.NewGuid().ToString("N")));
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Close();

        Assert.Equal(2, await ExitAsync(process));
        Assert.Equal("", await stdout);
        Assert.Contains("tonecheck:", await stderr);
    }

    private static async Task WriteAsync(Stream stdin, object message)
    {
        var json = JsonSerializer.Serialize(message);
        await stdin.WriteAsync(Encoding.UTF8.GetBytes($"Content-Length: {Encoding.UTF8.GetByteCount(json)}\r\n\r\n{json}"));
        await stdin.FlushAsync();
    }

    /// <summary>Reads framed messages until the response to request <paramref name="id"/>; the others go to <paramref name="seen"/>.</summary>
    private static async Task<JsonElement> ResponseAsync(Stream stdout, int id, List<JsonElement> seen)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var header = new StringBuilder();
            var one = new byte[1];
            while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                Assert.True(await stdout.ReadAsync(one, timeout.Token) == 1, $"standard output ended inside a header: {header}");
                header.Append((char)one[0]);
            }
            var message = Unframe([.. Encoding.ASCII.GetBytes(header.ToString()), .. await ReadExactlyAsync(stdout, LengthOf(header.ToString()), timeout.Token)]).Single();
            if (message.TryGetProperty("id", out var got) && got.GetInt32() == id) return message;
            seen.Add(message);
        }
    }

    private static async Task<byte[]> ReadExactlyAsync(Stream stream, int length, CancellationToken cancellationToken)
    {
        var buffer = new byte[length];
        await stream.ReadExactlyAsync(buffer, cancellationToken);
        return buffer;
    }

    private static int LengthOf(string header)
    {
        Assert.StartsWith("Content-Length: ", header);
        return int.Parse(header["Content-Length: ".Length..].Split("\r\n")[0]);
    }

    /// <summary>Reads bytes of standard output as LSP messages; anything else in them fails the test.</summary>
    private static List<JsonElement> Unframe(byte[] output)
    {
        var messages = new List<JsonElement>();
        int at = 0;
        while (at < output.Length)
        {
            int headerEnd = output.AsSpan(at).IndexOf("\r\n\r\n"u8);
            Assert.True(headerEnd > 0, $"not an LSP header at byte {at}: {Encoding.UTF8.GetString(output, at, output.Length - at)}");
            int length = LengthOf(Encoding.ASCII.GetString(output, at, headerEnd + 4));
            at += headerEnd + 4;
            messages.Add(JsonDocument.Parse(output.AsMemory(at, length)).RootElement.Clone());
            at += length;
        }
        return messages;
    }

    private static Process Start(params string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (string.IsNullOrEmpty(dotnet) || !File.Exists(dotnet)) dotnet = "dotnet";
        var info = new ProcessStartInfo(dotnet)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tonecheck.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return Process.Start(info)!;
    }

    private static async Task<int> ExitAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("tonecheck lsp did not finish within 60 s");
        }
        return process.ExitCode;
    }
}
