using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToneCheck.Engine.Reporting;

/// <summary>
/// The JSON output (schema version 1, documented in README): <c>{ version, tool, files: [ { path, language,
/// error?, diagnostics: [...] } ], summary }</c>. Shared by the CLI and any service front end.
/// </summary>
public static class JsonReport
{
    // Relaxed escaping keeps apostrophes and angle brackets readable; the output is JSON in a file or a pipe, never HTML.
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Render(IReadOnlyList<FileReport> files, string toolVersion)
    {
        var root = new JsonObject
        {
            ["version"] = "1",
            ["tool"] = new JsonObject { ["name"] = "tonecheck", ["version"] = toolVersion },
            ["files"] = new JsonArray(files.Select(f =>
            {
                var o = new JsonObject { ["path"] = f.Path, ["language"] = f.Language };
                if (f.Error is not null) o["error"] = f.Error;
                if (f.SignOffLine is { } signOff) o["signOffLine"] = signOff;
                o["diagnostics"] = JsonSerializer.SerializeToNode(f.Diagnostics, Options);
                return (JsonNode?)o;
            }).ToArray()),
            ["summary"] = new JsonObject
            {
                ["files"] = files.Count,
                ["errors"] = Count(files, "error"),
                ["warnings"] = Count(files, "warning"),
                ["info"] = Count(files, "info"),
                ["unreadable"] = files.Count(f => f.Error is not null),
            },
        };
        return root.ToJsonString(Options);
    }

    private static int Count(IReadOnlyList<FileReport> files, string severity) =>
        files.Sum(f => f.Diagnostics.Count(d => d.Severity == severity));
}
