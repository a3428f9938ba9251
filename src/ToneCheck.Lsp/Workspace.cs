using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ToneCheck.Config;
using ToneCheck.Engine;
using ToneCheck.Engine.Reporting;
using ToneCheck.Lsp.Protocol;

namespace ToneCheck.Lsp;

/// <summary>One analysis of one state of a document: the engine's result and the diagnostics as published.</summary>
internal sealed record DocumentAnalysis(long Generation, CheckResult Result, LineMap Lines,
    ImmutableArray<(Diagnostic Engine, LspDiagnostic Lsp, string? Fingerprint)> Diagnostics);

/// <summary>
/// The open documents and their diagnostics. Every change of a document (or of the configuration) gives it a new
/// generation; an analysis runs off the message thread on a snapshot and is published only if its generation is
/// still the document's, so a newer change supersedes an older analysis and stale diagnostics never reach the editor.
/// At most one analysis per document runs at a time: changes arriving meanwhile are folded into one more run on the
/// newest text.
/// </summary>
internal sealed class Workspace(Func<string, ToneChecker> checkerFor, ServerSettings settings, Func<PublishDiagnosticsParams, Task> publish,
    Action<string> warn, TextWriter log)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Document> _documents = new(StringComparer.Ordinal);
    private Func<string, ToneChecker> _checkerFor = checkerFor;
    private SuppressionsResolver _suppressions = new();
    private ServerSettings _settings = settings;
    private long _generations;

    private sealed class Document(string uri, string languageId, int version, string text)
    {
        public string Uri { get; } = uri;
        public string LanguageId { get; } = languageId;
        public int Version { get; set; } = version;
        public string Text { get; set; } = text;
        public long Generation { get; set; }
        public DocumentAnalysis? Analysis { get; set; }
        public bool Running { get; set; }
        public bool Pending { get; set; }
    }

    private sealed record Snapshot(string Uri, int Version, string Text, long Generation, bool Enabled, ToneChecker Checker, SuppressionsResolver Suppressions);

    public ServerSettings Settings
    {
        get { lock (_gate) return _settings; }
    }

    public void Open(TextDocumentItem item)
    {
        lock (_gate)
        {
            _documents[item.Uri] = new Document(item.Uri, item.LanguageId, item.Version, item.Text) { Generation = ++_generations };
        }
        Schedule(item.Uri);
    }

    public void Change(VersionedTextDocumentIdentifier id, TextDocumentContentChangeEvent[] changes)
    {
        lock (_gate)
        {
            if (!_documents.TryGetValue(id.Uri, out var document))
            {
                log.WriteLine($"tonecheck lsp: didChange for {id.Uri}, which is not open; ignored.");
                return;
            }
            document.Text = TextChanges.Apply(document.Text, changes);
            document.Version = id.Version;
            document.Generation = ++_generations;
        }
        Schedule(id.Uri);
    }

    /// <summary>Re-checks a saved document (with the saved text when the editor sends it) and publishes again.</summary>
    public void Save(string uri, string? text)
    {
        lock (_gate)
        {
            if (!_documents.TryGetValue(uri, out var document)) return;
            if (text is not null) document.Text = text;
            document.Generation = ++_generations;
        }
        Schedule(uri);
    }

    /// <summary>Forgets the document and clears its diagnostics in the editor.</summary>
    public async Task CloseAsync(string uri)
    {
        Task published;
        lock (_gate)
        {
            if (!_documents.Remove(uri)) return;
            // Sent under the lock, so no analysis still running can publish after the clearing.
            published = Publish(new PublishDiagnosticsParams(uri, []));
        }
        await Observe(published, uri);
    }

    /// <summary>New severities or languages: every open document is analysed again (or cleared, if its language is now off).</summary>
    public void Configure(ServerSettings settings, Func<string, ToneChecker> checkerFor)
    {
        List<string> uris;
        lock (_gate)
        {
            _settings = settings;
            _checkerFor = checkerFor;
            _suppressions = new SuppressionsResolver(); // a suppressions file may have changed: read it again
            foreach (var document in _documents.Values) document.Generation = ++_generations;
            uris = [.. _documents.Keys];
        }
        foreach (var uri in uris) Schedule(uri);
    }

    /// <summary>The analysis of the document's current text, computed now if the latest one is not finished yet.</summary>
    public DocumentAnalysis? Current(string uri)
    {
        Snapshot? snapshot;
        lock (_gate)
        {
            if (!_documents.TryGetValue(uri, out var document)) return null;
            if (document.Analysis is { } analysis && analysis.Generation == document.Generation) return analysis;
            snapshot = SnapshotOf(document);
        }
        return snapshot.Enabled ? Analyse(snapshot) : null;
    }

    private Snapshot SnapshotOf(Document d) =>
        new(d.Uri, d.Version, d.Text, d.Generation, _settings.Languages.Contains(d.LanguageId), _checkerFor(PathOf(d.Uri)), _suppressions);

    private void Schedule(string uri)
    {
        lock (_gate)
        {
            if (!_documents.TryGetValue(uri, out var document)) return;
            if (document.Running)
            {
                document.Pending = true;
                return;
            }
            document.Running = true;
            _ = Task.Run(() => RunAsync(document));
        }
    }

    private bool IsOpen(Document document) =>
        _documents.TryGetValue(document.Uri, out var current) && ReferenceEquals(current, document);

    private async Task RunAsync(Document document)
    {
        var uri = document.Uri;
        while (true)
        {
            Snapshot snapshot;
            lock (_gate)
            {
                if (!IsOpen(document)) return;
                document.Pending = false;
                snapshot = SnapshotOf(document);
            }

            DocumentAnalysis? analysis = null;
            if (snapshot.Enabled)
            {
                try { analysis = Analyse(snapshot); }
                catch (Exception e)
                {
                    // One letter the engine cannot handle must not take the server down with it.
                    log.WriteLine($"tonecheck lsp: checking {uri} failed: {e}");
                }
            }

            Task published = Task.CompletedTask;
            bool done;
            lock (_gate)
            {
                if (!IsOpen(document)) return;
                // A document in a language that is not checked is left alone, unless it has diagnostics to clear
                // (its language was switched off); one that could not be checked has its old ones cleared.
                bool silent = !snapshot.Enabled && document.Analysis is null;
                if (document.Generation == snapshot.Generation && !silent)
                {
                    document.Analysis = analysis;
                    var diagnostics = analysis?.Diagnostics.Select(d => d.Lsp).ToArray() ?? [];
                    published = Publish(new PublishDiagnosticsParams(uri, diagnostics, snapshot.Version));
                }
                done = !document.Pending;
                if (done) document.Running = false;
            }
            await Observe(published, uri);
            if (done) return;
        }
    }

    private Task Publish(PublishDiagnosticsParams diagnostics)
    {
        try { return publish(diagnostics); }
        catch (Exception e) { return Task.FromException(e); }
    }

    private DocumentAnalysis? Analyse(Snapshot snapshot)
    {
        if (snapshot.Text.Length > LetterInput.MaxBytes)
        {
            warn($"{snapshot.Uri}: {snapshot.Text.Length:N0} characters is more than a letter may have ({LetterInput.MaxBytes / (1024 * 1024)} MB); ToneCheck does not check it.");
            return null;
        }
        var path = PathOf(snapshot.Uri);
        var result = snapshot.Checker.Check(SourceText.From(snapshot.Text), path);
        var lines = new LineMap(snapshot.Text);
        // Findings judged in tonecheck.suppress.yml are not shown, as in the command line's text output.
        var report = FileReport.From(result);
        if (Path.IsPathRooted(path)) report = SuppressionsFor(snapshot, path)?.Apply(report) ?? report;
        var diagnostics = result.Diagnostics.Zip(report.Diagnostics)
            .Where(pair => pair.Second.Suppression is null)
            .Select(pair => (pair.First, DiagnosticMapper.ToLsp(pair.First, lines), pair.Second.Fingerprint))
            .ToImmutableArray();
        return new DocumentAnalysis(snapshot.Generation, result, lines, diagnostics);
    }

    private async Task Observe(Task published, string uri)
    {
        try { await published; }
        catch (Exception e) { log.WriteLine($"tonecheck lsp: could not publish diagnostics for {uri}: {e.Message}"); }
    }

    private Suppressions? SuppressionsFor(Snapshot snapshot, string path)
    {
        try { return snapshot.Suppressions.ForLetter(path); }
        catch (ConfigException e)
        {
            warn(e.Message);
            return null;
        }
    }

    internal static string PathOf(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : uri;
}
