using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace ToneCheck.Server;

/// <summary>Builds the service: its settings, limits, endpoints and page. <c>tonecheck serve</c> and <see cref="Program"/> both start it here.</summary>
public static class ToneCheckServer
{
    public const string CheckPolicy = "checks";

    /// <param name="args">ASP.NET Core's command line (<c>--urls</c>, <c>--ToneCheck:MaxBodyBytes=...</c>).</param>
    /// <param name="settings">Configuration that overrides the command line, keyed as in configuration (<c>ToneCheck:NoModel</c>).</param>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        var urls = builder.Configuration["urls"];
        builder.WebHost.UseUrls(string.IsNullOrEmpty(urls) ? ServerOptions.DefaultUrl : urls);
        // Per-request logs at Information would cost throughput and say nothing the access log of a proxy does not.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        var services = builder.Services;
        services.Configure<ServerOptions>(builder.Configuration.GetSection(ServerOptions.Section));
        services.AddSingleton(sp => CheckerHost.Load(sp.GetRequiredService<IOptions<ServerOptions>>().Value));
        services.AddHostedService<WarmUp>();
        services.AddProblemDetails();
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "ToneCheck";
            document.Info.Version = CheckEndpoint.ToolVersion;
            document.Info.Description = "Checks a letter that ends a customer relationship and reports, by line and column, what to change.";
            return Task.CompletedTask;
        }));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ServerOptions>>((limiter, server) =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                await Problems.Busy().ExecuteAsync(context.HttpContext);
            };
            limiter.AddConcurrencyLimiter(CheckPolicy, o =>
            {
                o.PermitLimit = Math.Max(1, server.Value.MaxConcurrentChecks);
                o.QueueLimit = Math.Max(0, server.Value.QueueLimit);
                o.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseRateLimiter();
        Map(app);
        return app;
    }

    private static void Map(WebApplication app)
    {
        app.MapOpenApi();
        PageFiles.Map(app);

        app.MapPost("/v1/check", CheckEndpoint.Handle)
            .WithTags("check")
            .RequireRateLimiting(CheckPolicy)
            .WithName("Check")
            .WithSummary("Check one letter")
            .WithDescription("Send the letter as text/plain, or as application/json { \"text\": ..., \"rules\": { \"TC009\": \"none\" }, \"language\": \"auto\", \"messages\": \"letter\" }. " +
                "Messages are written in the letter's language unless `messages` (the JSON field or the query parameter, for any content type) names one. " +
                "The answer is the JSON report of `tonecheck check --format json` for one file named \"request\"; a diagnostic that a machine can fix carries the exact edit as \"fix\".")
            // Described here rather than with Accepts(): Accepts() would make routing answer other content types with an
            // empty 415 before the handler can say what is accepted.
            .AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
            {
                var json = await context.GetOrCreateSchemaAsync(typeof(CheckRequestBody), null, cancellationToken);
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "The letter, as plain text or in a JSON object.",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        [CheckRequestReader.Json] = new() { Schema = json },
                        [CheckRequestReader.PlainText] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                    },
                };
            })
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        app.MapGet("/v1/rules", (string? language) => RulesEndpoint.List(language))
            .WithTags("rules")
            .WithName("Rules")
            .WithSummary("List the rules with their default severities, titled and described in ?language= (default en)")
            .Produces<RuleInfo[]>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/healthz", (CheckerHost host) => TypedResults.Ok(new Health("ok", host.Model == "off" ? "off" : "loaded")))
            .WithTags("health")
            .WithName("Health")
            .WithSummary("Whether the service is up, and whether it uses the sentence model");
    }
}

/// <summary>The answer of <c>GET /healthz</c>.</summary>
public sealed record Health(string Status, string Model);
