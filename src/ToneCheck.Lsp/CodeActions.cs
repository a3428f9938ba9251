using ToneCheck.Engine;
using ToneCheck.Lsp.Protocol;

namespace ToneCheck.Lsp;

/// <summary>Quick fixes for the diagnostics in a requested range: the engine's suggested edit as a WorkspaceEdit.</summary>
internal static class CodeActions
{
    public const string QuickFix = "quickfix";

    public static CodeAction[] For(string uri, DocumentAnalysis analysis, LspRange range, string[]? only)
    {
        // "only" lists the kinds the editor asked for; a quick fix answers "quickfix" and its parent, the empty kind.
        if (only is { Length: > 0 } && !only.Any(k => k.Length == 0 || k == QuickFix || QuickFix.StartsWith(k + ".", StringComparison.Ordinal)))
            return [];
        var actions = new List<CodeAction>();
        foreach (var (diagnostic, lsp) in analysis.Diagnostics)
        {
            if (!Ranges.Touch(lsp.Range, range)) continue;
            if (SuggestedEdits.For(analysis.Result, diagnostic) is not { } edit) continue;
            var span = edit.Change.Span;
            var textEdit = new TextEdit(analysis.Lines.RangeOf(span), edit.Change.NewText ?? "");
            actions.Add(new CodeAction($"{edit.Title} ({diagnostic.Id})", QuickFix, [lsp],
                IsPreferred: !span.IsEmpty,
                new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [uri] = [textEdit] })));
        }
        return [.. actions];
    }
}
