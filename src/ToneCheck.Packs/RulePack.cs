using System.Collections.Immutable;
using ToneCheck.Rules;

namespace ToneCheck.Packs;

/// <summary>A loaded pack: its name (the folder's), where it came from, and its rules in file-name order.</summary>
public sealed record RulePack(string Name, string Folder, ImmutableArray<PackRule> Rules)
{
    /// <summary>The rules, ready for <c>new ToneChecker(rules: ...)</c> next to the catalogue's.</summary>
    public IEnumerable<ToneRule> ToneRules => Rules.Select(r => r.Rule);
}

/// <summary>One rule of a pack, with the file it was read from and where each of its examples is written.</summary>
public sealed record PackRule(ToneRule Rule, string File, int Line, ImmutableArray<PackExample> Examples);

/// <summary>An example of a pack rule and its place in the YAML file, so a failing example can be pointed at.</summary>
public sealed record PackExample(RuleExample Example, int Line, int Column);
