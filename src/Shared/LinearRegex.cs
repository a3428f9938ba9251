using System.Text.RegularExpressions;

namespace ToneCheck;

/// <summary>
/// The regex option for patterns that run over whole letters: the non-backtracking engine keeps matching linear in
/// the input, so no letter can make a pattern run away.
/// </summary>
internal static class LinearRegex
{
#if NET7_0_OR_GREATER
    public const RegexOptions Options = RegexOptions.NonBacktracking;
#else
    // netstandard2.0 cannot name the option, but the compiler that loads the analyzer runs on .NET, whose Regex has
    // it: look it up by name. Only a host without it (.NET Framework) falls back to the backtracking engine, which
    // these short, bounded patterns tolerate.
    public static readonly RegexOptions Options =
        Enum.TryParse<RegexOptions>("NonBacktracking", out var linear) ? linear : RegexOptions.None;
#endif
}
