using Snapshooter;
using Snapshooter.Xunit;

namespace ToneCheck.Cli.Tests;

/// <summary>
/// Tests that change the process's current directory. xunit runs a collection with DisableParallelization on its
/// own, after the parallel ones, so no other test sees the change.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkingDirectoryCollection
{
    public const string Name = "working directory";
}

/// <summary>
/// Snapshots of every output format (text, msbuild, json, sarif) for the three letters in Letters/.
///
/// The CLI runs in process from the test output folder with relative paths ("Letters/good.txt"), so the
/// snapshots hold no machine-specific path. They live in __snapshots__/ beside this file, one per format and
/// letter (SnapshotTests.Format_snapshot_FORMAT_LETTER.snap), each holding exactly what the CLI printed ("(no
/// output)" when it printed nothing); a mismatch writes the new output to __snapshots__/__mismatch__/ for diffing.
///
/// The rules are still being tuned, so these snapshots will need regenerating when a rule or the lexicon changes:
/// delete tests/ToneCheck.Cli.Tests/__snapshots__ (or only the .snap files concerned) and rerun
/// `dotnet test tests/ToneCheck.Cli.Tests`: missing snapshots are written afresh and the tests pass. Review the
/// diff of the .snap files before committing them. (With SNAPSHOOTER_STRICT_MODE=true, as on a strict CI, a
/// missing snapshot fails instead of being written.)
/// </summary>
[Collection(WorkingDirectoryCollection.Name)]
public class SnapshotTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in new[] { "text", "msbuild", "json", "sarif" })
            foreach (var letter in new[] { "good", "several-findings", "crlf-emoji" })
                data.Add(format, letter);
        return data;
    }

    // Synchronous on purpose: Snapshooter finds the test method (and so the snapshot's name and folder) on the stack.
    [Theory]
    [MemberData(nameof(Cases))]
    public void Format_snapshot(string format, string letter)
    {
        var result = InBaseDir(() => Cli.Run("check", $"Letters/{letter}.txt", "--format", format, "--fail-on", "none"));

        Assert.True(result.ExitCode == ExitCodes.Clean, result.ToString());
        Assert.Equal("", result.StdErr);
        Assert.DoesNotContain(Cli.BaseDir.TrimEnd('/', '\\'), result.StdOut); // machine-independent
        // Snapshooter cannot store an empty string (msbuild prints nothing for a clean letter): mark it instead.
        var snapshot = result.StdOut.Length == 0 ? "(no output)\n" : result.StdOut;
        Snapshot.Match(snapshot, SnapshotNameExtension.Create(format, letter));
    }

    /// <summary>Runs <paramref name="action"/> with the test output folder (holding Letters/) as current directory.</summary>
    internal static T InBaseDir<T>(Func<T> action)
    {
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(Cli.BaseDir);
        try { return action(); }
        finally { Directory.SetCurrentDirectory(previous); }
    }
}
