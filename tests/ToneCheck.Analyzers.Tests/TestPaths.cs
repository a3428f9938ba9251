using System.Reflection;

namespace ToneCheck.Analyzers.Tests;

internal static class TestPaths
{
    private static readonly Lazy<string> s_repoRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ToneCheck.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No folder holding ToneCheck.sln above {AppContext.BaseDirectory}.");
    });

    /// <summary>The folder holding ToneCheck.sln, found by walking up from the test binaries.</summary>
    public static string RepoRoot => s_repoRoot.Value;

    /// <summary>The configuration these tests (and so the analyzer they reference) were built in.</summary>
    public static string Configuration =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;
}
