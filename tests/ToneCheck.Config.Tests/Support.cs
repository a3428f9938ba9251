using System.Text;

namespace ToneCheck.Config.Tests;

/// <summary>A fresh temporary folder tree, deleted afterwards.</summary>
public sealed class TempTree : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "tonecheck-config-tests-" + Guid.NewGuid().ToString("N"));

    public TempTree() => Directory.CreateDirectory(Root);

    public string Write(string relative, string text)
    {
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
        return full;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

internal static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ToneCheck.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }

    /// <summary>The full tonecheck.yml example the README documents (between its config-example markers).</summary>
    public static string ReadmeExample()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md")).Replace("\r\n", "\n");
        int start = readme.IndexOf("<!-- config-example:start -->", StringComparison.Ordinal);
        int end = readme.IndexOf("<!-- config-example:end -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README has no config example between its markers");
        var block = readme[start..end];
        int open = block.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        int close = block.LastIndexOf("```", StringComparison.Ordinal);
        return block[open..close];
    }

    public static IEnumerable<string> DevLetters() =>
        Directory.EnumerateFiles(Path.Combine(Root, "tests", "ToneCheck.Rules.Tests", "DevSet", "en"), "*.txt").OrderBy(f => f, StringComparer.Ordinal);
}
