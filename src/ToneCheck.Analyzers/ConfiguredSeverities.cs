using Microsoft.CodeAnalysis;
using ToneCheck.Rules;

namespace ToneCheck.Analyzers;

/// <summary>
/// The severity a compilation sets for each rule. A diagnostic on an additional file is not in any syntax tree, so
/// only settings that apply to the whole compilation reach it: a global config (<c>is_global = true</c>, e.g.
/// <c>.globalconfig</c>) and the command line (<c>NoWarn</c>, <c>WarningsAsErrors</c>); <c>.editorconfig</c>
/// sections, which are per source file, do not. The compiler applies these to the reported diagnostics anyway;
/// reading them here lets a rule switched off not run at all.
/// </summary>
internal static class ConfiguredSeverities
{
    public static IReadOnlyDictionary<string, ReportDiagnostic> Read(CompilationOptions options, IEnumerable<ToneRule> rules,
        CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in rules)
        {
            // The compiler's own order: the command line first, then the global config.
            if (options.SpecificDiagnosticOptions.TryGetValue(rule.Id, out var fromCommandLine)
                && fromCommandLine != ReportDiagnostic.Default)
                result[rule.Id] = fromCommandLine;
            else if (options.SyntaxTreeOptionsProvider is { } provider
                && provider.TryGetGlobalDiagnosticValue(rule.Id, cancellationToken, out var fromConfig))
                result[rule.Id] = fromConfig;
        }
        return result;
    }
}
