using System.Text.Json;
using ToneCheck.Engine;
using ToneCheck.Lsp.Protocol;

namespace ToneCheck.Lsp;

/// <summary>
/// Quick fixes for the diagnostics in a requested range: the engine's suggested edit as a WorkspaceEdit, and
/// "Ignore this finding", which records the finding in tonecheck.suppress.yml (never in the letter, which goes to
/// a customer) through the <see cref="IgnoreCommand"/> the server runs.
/// </summary>
internal static class CodeActions
{
    public const string QuickFix = "quickfix";

    /// <summary>Arguments: the document URI, the rule ID, the finding's fingerprint and its words.</summary>
    public const string IgnoreCommand = "tonecheck.ignoreFinding";

    public static CodeAction[] For(string uri, DocumentAnalysis analysis, LspRange range, string[]? only)
    {
        // "only" lists the kinds the editor asked for; a quick fix answers "quickfix" and its parent, the empty kind.
        if (only is { Length: > 0 } && !only.Any(k => k.Length == 0 || k == QuickFix || QuickFix.StartsWith(k + ".", StringComparison.Ordinal)))
            return [];
        var actions = new List<CodeAction>();
        bool onDisk = Path.IsPathRooted(Workspace.PathOf(uri));
        foreach (var (diagnostic, lsp, fingerprint) in analysis.Diagnostics)
        {
            if (!Ranges.Touch(lsp.Range, range)) continue;
            if (SuggestedEdits.For(analysis.Result, diagnostic) is { } edit)
            {
                var span = edit.Change.Span;
                var textEdit = new TextEdit(analysis.Lines.RangeOf(span), edit.Change.NewText ?? "");
                actions.Add(new CodeAction($"{edit.Title} ({diagnostic.Id})", QuickFix, [lsp],
                    IsPreferred: !span.IsEmpty,
                    new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [uri] = [textEdit] })));
            }
            if (onDisk && fingerprint is not null)
            {
                var text = diagnostic.Properties.GetValueOrDefault(DiagnosticProperties.Text) ?? "";
                var arguments = new[] { uri, diagnostic.Id, fingerprint, text }.Select(a => JsonSerializer.SerializeToElement(a)).ToArray();
                var title = $"Ignore this finding ({diagnostic.Id}) in tonecheck.suppress.yml";
                actions.Add(new CodeAction(title, QuickFix, [lsp], IsPreferred: false, Command: new LspCommand(title, IgnoreCommand, arguments)));
            }
        }
        return [.. actions];
    }
}
