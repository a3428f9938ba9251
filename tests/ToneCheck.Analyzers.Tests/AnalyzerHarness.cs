using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ToneCheck.Analyzers.Tests;

/// <summary>An additional file as the compiler hands it to analyzers, with its item metadata (ToneCheck="...").</summary>
internal sealed class TestAdditionalText(string path, string text, string? toneCheck) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    /// <summary>The value of the item's ToneCheck metadata; null when the item has none.</summary>
    public string? ToneCheck { get; } = toneCheck;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>What build_metadata.AdditionalFiles.* gives the analyzer: each file's own metadata, nothing global.</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(ImmutableDictionary<string, string>.Empty);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        textFile is TestAdditionalText { ToneCheck: { } value }
            ? new Options(ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.ToneCheck", value))
            : GlobalOptions;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}

/// <summary>Severities from a global config (is_global = true), as the compiler hands them over.</summary>
internal sealed class GlobalConfigSeverities(IReadOnlyDictionary<string, ReportDiagnostic> severities) : SyntaxTreeOptionsProvider
{
    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

    // Per-file (.editorconfig) sections: none here; they do not reach additional files anyway.
    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
    {
        severity = ReportDiagnostic.Default;
        return false;
    }

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        severities.TryGetValue(diagnosticId, out severity);
}

/// <summary>Runs <see cref="LetterAnalyzer"/> over a one-class C# compilation with the given additional files.</summary>
internal static class AnalyzerHarness
{
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(IEnumerable<TestAdditionalText> files,
        IReadOnlyDictionary<string, ReportDiagnostic>? globalConfig = null,
        IReadOnlyDictionary<string, ReportDiagnostic>? commandLine = null)
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithSpecificDiagnosticOptions(commandLine ?? new Dictionary<string, ReportDiagnostic>())
            .WithSyntaxTreeOptionsProvider(new GlobalConfigSeverities(globalConfig ?? new Dictionary<string, ReportDiagnostic>()));
        var compilation = CSharpCompilation.Create("Consumer",
            [CSharpSyntaxTree.ParseText("namespace Consumer; public static class Empty { }")],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)], options);

        var failures = new List<Exception>();
        var analyzerOptions = new AnalyzerOptions([.. files], new TestOptionsProvider());
        var withAnalyzers = compilation.WithAnalyzers([new LetterAnalyzer()],
            new CompilationWithAnalyzersOptions(analyzerOptions, (e, _, _) => failures.Add(e), concurrentAnalysis: true,
                logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.True(failures.Count == 0, "The analyzer threw: " + string.Join("\n", failures));
        return [.. diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal)];
    }

    public static TestAdditionalText Letter(string path, string text) => new(path, text, "true");
}
