using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ToneCheck.Lexicons;
using ToneCheck.Rules;
using ToneCheck.Text;

namespace ToneCheck.Analyzers;

/// <summary>
/// Checks each additional file marked as a letter with the rules, and reports their diagnostics at the letter's
/// lines and columns, so a build prints <c>letters/goodbye.txt(4,15): warning TC002: ...</c>. Rules only: the
/// sentence classifier is not part of the package, and every diagnostic says so (property source = "rules").
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class LetterAnalyzer : DiagnosticAnalyzer
{
    // TC000 joins the rules' descriptors because the shared runner names a letter in another language instead of
    // running English rules on it.
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        RuleCatalog.All.Select(r => r.Descriptor).Append(UnsupportedLanguage.Descriptor).ToImmutableArray();

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Severities are fixed for a compilation: a rule switched off there does not run at all, as in the CLI,
            // so it cannot win an overlap it would not report.
            var severities = ConfiguredSeverities.Read(start.Compilation.Options, RuleCatalog.All, start.CancellationToken);
            var runner = new RuleRunner(RuleCatalog.All, RuleOptions.Default, severities);
            start.RegisterAdditionalFileAction(file => Analyze(file, runner));
        });
    }

    private static void Analyze(AdditionalFileAnalysisContext context, RuleRunner runner)
    {
        var file = context.AdditionalFile;
        if (!LetterFiles.IsLetter(context.Options.AnalyzerConfigOptionsProvider.GetOptions(file))) return;
        var text = file.GetText(context.CancellationToken);
        // The compiler reports a file it cannot read itself; there is nothing to check.
        if (text is null) return;
        var language = LanguageIdentifier.Identify(text.ToString()).Language;
        var letter = (Lexicon.Supports(language) ? LetterParser.For(language) : LetterParser.English).Parse(text, file.Path);
        foreach (var diagnostic in runner.Check(letter, file.Path, language, cancellationToken: context.CancellationToken))
            context.ReportDiagnostic(diagnostic);
    }
}
