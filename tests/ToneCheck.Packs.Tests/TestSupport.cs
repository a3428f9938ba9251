using System.Text;
using ToneCheck.Cli;

namespace ToneCheck.Packs.Tests;

/// <summary>Where the packs are, a throw-away pack folder per test, and in-process runs of the command.</summary>
internal static class TestSupport
{
    private static readonly Lazy<string> s_repoRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ToneCheck.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No folder holding ToneCheck.sln above {AppContext.BaseDirectory}.");
    });

    /// <summary>The example pack shipped in the source tree.</summary>
    public static string ExamplePack => Path.Combine(s_repoRoot.Value, "src", "ToneCheck.Packs", "Examples", "legal-services");

    /// <summary>A fixture pack copied next to the tests.</summary>
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    public static async Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(params string[] args)
    {
        using var input = new StringReader("");
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        int code = await App.RunAsync(args, input, output, error);
        return (code, output.ToString(), error.ToString());
    }
}

/// <summary>A pack folder under the temporary directory, holding the given files; deleted afterwards.</summary>
internal sealed class TempPack : IDisposable
{
    public TempPack(params (string Name, string Text)[] files)
    {
        Folder = Path.Combine(Path.GetTempPath(), "tonecheck-pack-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Folder);
        foreach (var (name, text) in files) File.WriteAllText(Path.Combine(Folder, name), text, new UTF8Encoding(false));
    }

    public string Folder { get; }

    public string PathOf(string name) => Path.Combine(Folder, name);

    public RulePack Load() => PackLoader.Load(Folder);

    /// <summary>The problems loading reports; fails the test when the pack loads.</summary>
    public IReadOnlyList<PackError> Errors() => Assert.Throws<PackLoadException>(() => PackLoader.Load(Folder)).Errors;

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* a leftover temporary folder is harmless */ }
    }
}
