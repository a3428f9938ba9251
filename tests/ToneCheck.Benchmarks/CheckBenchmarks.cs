using BenchmarkDotNet.Attributes;
using ToneCheck.Engine;

namespace ToneCheck.Benchmarks;

/// <summary>Warm time to check one letter: a short text note, a typical email, and a long formal letter.</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private readonly ToneChecker _checker = new();
    private string _short = "";
    private string _typical = "";
    private string _long = "";

    [GlobalSetup]
    public void Setup()
    {
        var dir = Path.Combine(Repo.Root, "corpus", "letters", "en");
        var letters = Directory.GetFiles(dir, "*.txt").Select(File.ReadAllText).OrderBy(t => t.Length).ToList();
        _short = letters[0];
        _typical = letters[letters.Count / 2];
        _long = letters[^1];
        _checker.Check(_typical); // load lexicons and ICU outside the measurement
    }

    [Benchmark] public int ShortNote() => _checker.Check(_short).Diagnostics.Length;
    [Benchmark(Baseline = true)] public int TypicalEmail() => _checker.Check(_typical).Diagnostics.Length;
    [Benchmark] public int LongLetter() => _checker.Check(_long).Diagnostics.Length;
}

internal static class Repo
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ToneCheck.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Run from inside the ToneCheck repository.");
        }
    }
}
