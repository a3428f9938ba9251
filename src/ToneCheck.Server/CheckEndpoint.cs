using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using ToneCheck.Engine.Reporting;
using ToneCheck.Ml;

namespace ToneCheck.Server;

/// <summary><c>POST /v1/check</c>: one letter in, the CLI's JSON report out, within the size and time limits.</summary>
internal static class CheckEndpoint
{
    public const string RequestPath = "request";

    public static readonly string ToolVersion =
        (typeof(CheckEndpoint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0").Split('+')[0];

    public static async Task<IResult> Handle(HttpContext context, CheckerHost host, IOptions<ServerOptions> options)
    {
        var limits = options.Value;
        if (context.Request.ContentLength > limits.MaxBodyBytes) return Problems.TooLarge(limits.MaxBodyBytes);
        // The limit is enforced below, with a JSON answer; Kestrel's own would end the request with an empty 413.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature) sizeFeature.MaxRequestBodySize = null;

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        deadline.CancelAfter(TimeSpan.FromSeconds(limits.TimeoutSeconds));
        try
        {
            var body = await ReadBodyAsync(context.Request.Body, limits.MaxBodyBytes, deadline.Token);
            if (body is null) return Problems.TooLarge(limits.MaxBodyBytes);
            var (request, error) = CheckRequestReader.Read(context.Request.ContentType, body, context.Request.Query["messages"].FirstOrDefault());
            if (error is not null) return error;

            var checker = request!.Severities.Count == 0 && request.Language is null && request.Messages is null
                ? host.Checker
                : host.Checker.With(request.Severities, request.Language, request.Messages);
            // The check runs beside the request so that the answer goes out at the deadline; the check itself stops
            // at its next rule once the token is cancelled.
            var work = Task.Run(() => checker.Check(request.Text, RequestPath, deadline.Token), deadline.Token);
            _ = work.ContinueWith(static t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted);
            var result = await work.WaitAsync(deadline.Token) with { Source = request.Source };
            var json = JsonReport.Render([FileReport.From(result)], ToolVersion);
            return Results.Text(json, "application/json", Encoding.UTF8);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            return Problems.Timeout(limits.TimeoutSeconds);
        }
        catch (ModelException e)
        {
            return Problems.Create(StatusCodes.Status500InternalServerError, "Model error", e.Message);
        }
    }

    /// <summary>The whole body, or null as soon as it passes <paramref name="limit"/> bytes (chunked bodies have no length up front).</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
