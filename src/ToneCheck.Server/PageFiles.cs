namespace ToneCheck.Server;

/// <summary>The web page's files, embedded in the assembly and served as they are.</summary>
internal static class PageFiles
{
    private static readonly (string Route, string Resource, string ContentType)[] Files =
    [
        ("/", "Page/index.html", "text/html; charset=utf-8"),
        ("/app.css", "Page/app.css", "text/css; charset=utf-8"),
        ("/app.js", "Page/app.js", "text/javascript; charset=utf-8"),
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var (route, resource, contentType) in Files)
        {
            var bytes = Load(resource);
            app.MapGet(route, (HttpContext context) =>
            {
                // Everything the page needs comes from this service; the policy makes the browser refuse anything else.
                context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; style-src 'self'; script-src 'self'; connect-src 'self'";
                context.Response.Headers.CacheControl = "no-cache";
                return Results.Bytes(bytes, contentType);
            }).ExcludeFromDescription();
        }
    }

    private static byte[] Load(string resource)
    {
        using var stream = typeof(PageFiles).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The page resource {resource} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
