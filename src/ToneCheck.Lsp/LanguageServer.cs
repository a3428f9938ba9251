using System.Diagnostics;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;
using ToneCheck.Config;
using ToneCheck.Ml;

namespace ToneCheck.Lsp;

/// <summary>How the server checks letters.</summary>
public sealed record LanguageServerOptions
{
    /// <summary>The sentence classifier, loaded once for the whole session; null checks with the rules alone.</summary>
    public SentenceModel? Model { get; init; }

    /// <summary>
    /// The checkers made from each document's tonecheck.yml (found from its folder upwards) and the command line;
    /// by default, discovery with <see cref="Model"/>. The editor's own severity settings apply on top.
    /// </summary>
    public ConfiguredCheckers? Checkers { get; init; }

    /// <summary>The version the server reports to the editor.</summary>
    public string Version { get; init; } = "0.1.0";
}

/// <summary>
/// ToneCheck's language server: LSP's Content-Length framed JSON-RPC (StreamJsonRpc's header-delimited handler with
/// System.Text.Json) over a pair of streams, standard input and output for <c>tonecheck lsp</c>. Only protocol
/// messages go to <paramref name="output"/>; everything else is logged to the log writer.
/// </summary>
public static class LanguageServer
{
    /// <summary>
    /// Serves one editor until it sends exit (0 after shutdown, 1 without, as LSP says) or the connection ends: closed
    /// without exit, or broken by input that is not JSON-RPC, both logged and exit code 1.
    /// </summary>
    public static async Task<int> RunAsync(Stream input, Stream output, LanguageServerOptions options, TextWriter log,
        CancellationToken cancellationToken = default)
    {
        log = TextWriter.Synchronized(log);
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = LspJson.Options };
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, formatter))
        {
            // One message at a time, in arrival order: incremental changes must apply in sequence. Analyses run
            // off this context, so a long one does not hold up the next keystroke.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
            TraceSource = new TraceSource("tonecheck-lsp", SourceLevels.Warning) { Listeners = { new TextWriterTraceListener(log) } },
        };
        var server = new ToneCheckServer(options, (method, argument) => rpc.NotifyWithParameterObjectAsync(method, argument), log);
        rpc.AddLocalRpcTarget(server);
        rpc.StartListening();

        var cancelled = Task.Delay(Timeout.Infinite, cancellationToken);
        var first = await Task.WhenAny(server.Exited, rpc.Completion, cancelled);
        if (first == server.Exited) return await server.Exited;
        if (first == cancelled)
        {
            log.WriteLine("tonecheck lsp: stopped.");
            return 1;
        }
        try
        {
            await rpc.Completion;
            log.WriteLine("tonecheck lsp: the editor closed the connection without exit.");
        }
        catch (Exception e)
        {
            log.WriteLine($"tonecheck lsp: the connection ended on input that is not LSP: {e.GetBaseException().Message}");
        }
        return 1;
    }
}
