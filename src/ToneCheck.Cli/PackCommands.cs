using ToneCheck.Packs;
using ToneCheck.Rules;

namespace ToneCheck.Cli;

/// <summary>The rule-pack side of the command: <c>check --pack</c> loading and <c>test-rules</c>.</summary>
internal static class PackCommands
{
    /// <summary>Loads the packs' rules; on any problem lists each with its file, line and column and returns false.</summary>
    public static bool TryLoad(string[] folders, TextWriter stderr, out IReadOnlyList<ToneRule> rules)
    {
        rules = [];
        if (folders.Length == 0) return true;
        try
        {
            rules = PackLoader.LoadAll(folders).SelectMany(p => p.ToneRules).ToList();
            return true;
        }
        catch (PackLoadException e)
        {
            WriteErrors(e, stderr);
            return false;
        }
    }

    public static int TestRules(string[] folders, TextWriter stdout, TextWriter stderr)
    {
        IReadOnlyList<RulePack> packs;
        try { packs = PackLoader.LoadAll(folders); }
        catch (PackLoadException e)
        {
            WriteErrors(e, stderr);
            return ExitCodes.UsageOrInput;
        }
        int total = 0, failed = 0;
        foreach (var pack in packs)
        {
            var outcomes = PackTester.Run(pack);
            var failures = outcomes.Where(o => !o.Passed).ToList();
            total += outcomes.Count;
            failed += failures.Count;
            foreach (var failure in failures) stdout.WriteLine(failure);
            stdout.WriteLine($"{pack.Name}: {pack.Rules.Length} {(pack.Rules.Length == 1 ? "rule" : "rules")}, {outcomes.Count} examples, {outcomes.Count - failures.Count} passed, {failures.Count} failed.");
        }
        if (packs.Count > 1) stdout.WriteLine($"{total} examples, {total - failed} passed, {failed} failed.");
        return failed == 0 ? ExitCodes.Clean : ExitCodes.Findings;
    }

    public static void WriteErrors(PackLoadException e, TextWriter stderr)
    {
        foreach (var error in e.Errors) stderr.WriteLine(error);
        stderr.WriteLine($"tonecheck: the rule pack could not be loaded ({e.Errors.Count} {(e.Errors.Count == 1 ? "problem" : "problems")}).");
    }
}
