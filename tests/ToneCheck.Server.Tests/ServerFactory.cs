using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ToneCheck.Engine;

namespace ToneCheck.Server.Tests;

/// <summary>
/// The service in process, configured as a deployment would be (through ToneCheck:* settings); rules only unless a
/// test says otherwise, and with every log line kept so tests can see what the service writes.
/// </summary>
public sealed class ServerFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly ToneChecker? _checker;

    public ServerFactory() : this(new Dictionary<string, string>()) { }

    /// <param name="settings">ToneCheck:* settings, as a deployment would give them.</param>
    /// <param name="checker">Replaces the checker the service would load (the hook for a blocking rule or a model mode).</param>
    internal ServerFactory(IReadOnlyDictionary<string, string> settings, ToneChecker? checker = null)
    {
        _settings = settings;
        _checker = checker;
    }

    public ConcurrentQueue<string> Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ToneCheck:NoModel", "true");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddFilter(_ => true);
            logging.AddProvider(new CapturingLoggerProvider(Logs));
        });
        if (_checker is { } checker)
            builder.ConfigureTestServices(services => services.AddSingleton(new CheckerHost(checker, "test")));
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> sink) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, sink);

        public void Dispose() { }

        private sealed class Logger(string category, ConcurrentQueue<string> sink) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                sink.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
