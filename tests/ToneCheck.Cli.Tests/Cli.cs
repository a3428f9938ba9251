using System.Diagnostics;
using System.Text;

namespace ToneCheck.Cli.Tests;

/// <summary>What one run of the command gave back.</summary>
public sealed record CliResult(int ExitCode, string StdOut, string StdErr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{StdOut}\n--- stderr ---\n{StdErr}";
}

/// <summary>Runs <c>tonecheck</c> in process (through <see cref="App.RunAsync"/>) or as a real process.</summary>
public static class Cli
{
    /// <summary>The folder of the test assembly: Letters/, Labelled/ and tonecheck.dll are copied here.</summary>
    public static string BaseDir { get; } = AppContext.BaseDirectory;

    public static string Letters { get; } = Path.Combine(BaseDir, "Letters");

    public static string Labelled { get; } = Path.Combine(BaseDir, "Labelled");

    public static string Letter(string name) => Path.Combine(Letters, name);

    public static async Task<CliResult> RunAsync(params string[] args) => await RunWithStdinAsync("", args);

    public static async Task<CliResult> RunWithStdinAsync(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        int code = await App.RunAsync(args, input, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Synchronous form, for snapshot tests (Snapshooter finds the test method on the stack).</summary>
    public static CliResult Run(params string[] args) => RunAsync(args).GetAwaiter().GetResult();

    public static CliResult RunWithStdin(string stdin, params string[] args) => RunWithStdinAsync(stdin, args).GetAwaiter().GetResult();

    /// <summary>The built CLI, copied next to the tests by the project reference.</summary>
    public static string ToneCheckDll
    {
        get
        {
            var path = Path.Combine(BaseDir, "tonecheck.dll");
            Assert.True(File.Exists(path), $"tonecheck.dll not found next to the tests in {BaseDir}");
            return path;
        }
    }

    /// <summary>
    /// Runs <c>dotnet tonecheck.dll ARGS</c> in <paramref name="workingDirectory"/>, feeding <paramref name="stdin"/>
    /// as raw bytes (or closing standard input at once). Fails the test after 60 s.
    /// </summary>
    public static async Task<CliResult> RunProcessAsync(string workingDirectory, byte[]? stdin, params string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (string.IsNullOrEmpty(dotnet) || !File.Exists(dotnet)) dotnet = "dotnet";
        var info = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        info.ArgumentList.Add(ToneCheckDll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderrTask = process.StandardError.ReadToEndAsync();
        try
        {
            if (stdin is not null) await process.StandardInput.BaseStream.WriteAsync(stdin);
        }
        catch (IOException)
        {
            // The CLI may exit before reading all of its input (a usage error, say); the exit code tells.
        }
        finally
        {
            process.StandardInput.Close();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"tonecheck {string.Join(' ', args)} did not finish within 60 s");
        }
        return new CliResult(process.ExitCode, await stdoutTask, await stderrTask);
    }
}

/// <summary>A fresh temporary folder, deleted afterwards.</summary>
public sealed class TempDir : IDisposable
{
    public string Path { get; }

    /// <summary>A folder under the system's temporary folder, or under <paramref name="parent"/>.</summary>
    public TempDir(string? parent = null)
    {
        Path = System.IO.Path.Combine(parent ?? System.IO.Path.GetTempPath(), "tonecheck-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string File(string relative, string text) => File(relative, Encoding.UTF8.GetBytes(text));

    public string File(string relative, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllBytes(full, bytes);
        return full;
    }

    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Letters written in the tests themselves.</summary>
public static class Samples
{
    /// <summary>A complete, kind letter: thanks, a dated end, an apology, next steps, goodwill and a referral.</summary>
    public static string Good => System.IO.File.ReadAllText(Cli.Letter("good.txt"));

    /// <summary>The good letter with one clear personal attack (TC002, an error) added to its body.</summary>
    public static string WithPersonalAttack => Good.Replace(
        "It has been a real pleasure working with you.",
        "It has been a real pleasure working with you. Frankly, you are difficult to work with.");
}
