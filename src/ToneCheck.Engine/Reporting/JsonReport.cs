using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToneCheck.Engine.Reporting;

/// <summary>
/// The JSON output (schema version 1, documented in README): <c>{ version, tool, files: [ { path, language, messages, source?,
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
                var o = new JsonObject { ["path"] = f.Path, ["language"] = f.Language, ["messages"] = f.Messages };
                if (f.Source is not null) o["source"] = JsonSerializer.SerializeToNode(f.Source, Options);
                if (f.Error is not null) o["error"] = f.Error;
                var diagnostics = JsonSerializer.SerializeToNode(f.Diagnostics, Options)!.AsArray();
                if (f.Source is not null)
                    for (int i = 0; i < f.Diagnostics.Count; i++)
                        if (Origin(f.Source, f.Diagnostics[i]) is { } origin) diagnostics[i]!["origin"] = origin;
                o["diagnostics"] = diagnostics;
                return (JsonNode?)o;
            }).ToArray()),
            ["summary"] = new JsonObject
            {
                ["files"] = files.Count,
                ["errors"] = Count(files, "error"),
                ["warnings"] = Count(files, "warning"),
                ["info"] = Count(files, "info"),
                ["unreadable"] = files.Count(f => f.Error is not null),
                ["suppressed"] = files.Sum(f => f.Diagnostics.Count(d => d.Suppression is not null)),
            },
        };
        return root.ToJsonString(Options);
    }

    /// <summary>The part and line of the original a diagnostic's first line came from; null for an added line.</summary>
    internal static JsonObject? Origin(LetterSource source, ReportedDiagnostic d) =>
        source.Find(d.StartLine) is { } range
            ? new JsonObject { ["part"] = range.Part, ["line"] = range.SourceLineOf(d.StartLine) }
            : null;

    private static int Count(IReadOnlyList<FileReport> files, string severity) =>
        files.Sum(f => f.Active.Count(d => d.Severity == severity));
}
