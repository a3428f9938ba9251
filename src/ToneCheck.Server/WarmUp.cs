using ToneCheck.Engine;

namespace ToneCheck.Server;

/// <summary>
/// Loads the model and runs one check before the service reports itself started, so a missing model stops the
/// start with its message and the first request does not pay for loading ICU's data and the JIT.
/// </summary>
internal sealed class WarmUp(CheckerHost host, ILogger<WarmUp> log) : IHostedService
{
    private const string Letter = "Dear Sam,\n\nThank you for working with us. We will stop the service on 30 June.\n\nBest,\nAlex\n";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        host.Checker.Check(Microsoft.CodeAnalysis.Text.SourceText.From(Letter), "warm-up", cancellationToken);
        log.LogInformation("ToneCheck ready; sentence model: {Model}", host.Model);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
