using System.Text.Json;
using System.Text.Json.Nodes;
using ToneCheck.Rules;

namespace ToneCheck.Engine.Reporting;

/// <summary>SARIF 2.1.0: one run, the rules that ran as <c>tool.driver.rules</c>, one result per diagnostic.</summary>
public static class SarifReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <param name="rules">The rules to describe (the checker's, with any pack rules); the catalogue by default.</param>
    public static string Render(IReadOnlyList<FileReport> files, string toolVersion, IReadOnlyList<ToneRule>? rules = null)
    {
        rules ??= RuleCatalog.All;
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var results = new JsonArray();
        foreach (var file in files)
            foreach (var d in file.Diagnostics)
            {
                var result = new JsonObject
                {
                    ["ruleId"] = d.RuleId,
                    ["ruleIndex"] = ruleIndex.GetValueOrDefault(d.RuleId, -1),
                    ["level"] = Level(d.Severity),
                    ["message"] = new JsonObject { ["text"] = d.Message },
                    ["locations"] = new JsonArray(new JsonObject
                    {
                        ["physicalLocation"] = new JsonObject
                        {
                            ["artifactLocation"] = new JsonObject { ["uri"] = ToUri(file.Path) },
                            ["region"] = new JsonObject
                            {
                                ["startLine"] = d.StartLine,
                                ["startColumn"] = d.StartColumn,
                                ["endLine"] = d.EndLine,
                                ["endColumn"] = d.EndColumn,
                                ["snippet"] = new JsonObject { ["text"] = d.Text },
                            },
                        },
                    }),
                    ["properties"] = new JsonObject { ["kind"] = d.Kind, ["source"] = d.Source },
                };
                if (d.Suggestion is not null) ((JsonObject)result["properties"]!)["suggestion"] = d.Suggestion;
                if (d.Fix is { } fix) result["fixes"] = new JsonArray(Fix(file.Path, d, fix));
                if (d.Fingerprint is not null) result["partialFingerprints"] = new JsonObject { [Fingerprint.SarifKey] = d.Fingerprint };
                if (d.Suppression is { } suppression)
                {
                    var entry = new JsonObject { ["kind"] = "external", ["properties"] = new JsonObject { ["source"] = ToUri(suppression.Source) } };
                    if (suppression.Justification is not null) entry["justification"] = suppression.Justification;
                    result["suppressions"] = new JsonArray(entry);
                }
                if (file.Source is not null && JsonReport.Origin(file.Source, d) is { } origin) ((JsonObject)result["properties"]!)["origin"] = origin;
                results.Add(result);
            }

        var notifications = new JsonArray(files.Where(f => f.Error is not null).Select(f => (JsonNode?)new JsonObject
        {
            ["level"] = "error",
            ["message"] = new JsonObject { ["text"] = f.Error },
            ["locations"] = new JsonArray(new JsonObject
            {
                ["physicalLocation"] = new JsonObject { ["artifactLocation"] = new JsonObject { ["uri"] = ToUri(f.Path) } },
            }),
        }).ToArray());

        var sarif = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "ToneCheck",
                        ["version"] = toolVersion,
                        ["informationUri"] = "https://github.com/tonecheck/tonecheck",
                        ["rules"] = new JsonArray(rules.Select(r => (JsonNode?)Describe(r)).ToArray()),
                    },
                },
                ["invocations"] = new JsonArray(new JsonObject
                {
                    ["executionSuccessful"] = files.All(f => f.Error is null),
                    ["toolExecutionNotifications"] = notifications,
                }),
                ["columnKind"] = "utf16CodeUnits",
                ["results"] = results,
                ["properties"] = new JsonObject
                {
                    ["languages"] = new JsonArray(files.Select(f => f.Language).Distinct().Select(l => (JsonNode?)l).ToArray()),
                    ["messageLanguages"] = new JsonArray(files.Select(f => f.Messages).Distinct().Select(l => (JsonNode?)l).ToArray()),
                },
            }),
        };
        // SARIF's run.language is the one language of the run's messages; a run that mixes them leaves it out.
        if (files.Select(f => f.Messages).Distinct().Count() == 1) ((JsonObject)sarif["runs"]![0]!)["language"] = files[0].Messages;
        var extracted = files.Where(f => f.Source is not null).ToList();
        if (extracted.Count > 0)
        {
            // Only for files extracted from a container (an email), so reports on plain letters keep their shape.
            var sarifRun = (JsonObject)sarif["runs"]![0]!;
            sarifRun["artifacts"] = new JsonArray(extracted.Select(f => (JsonNode?)new JsonObject
            {
                ["location"] = new JsonObject { ["uri"] = ToUri(f.Path) },
                ["mimeType"] = f.Source!.Kind == "email" ? "message/rfc822" : f.Source.Part,
                ["properties"] = new JsonObject { ["source"] = JsonSerializer.SerializeToNode(f.Source, JsonReport.Options) },
            }).ToArray());
        }
        return sarif.ToJsonString(JsonReport.Options);
    }

    // SARIF's own shape for a proposed edit, so that viewers that apply fixes (and baseline tools) understand it.
    private static JsonObject Fix(string path, ReportedDiagnostic d, ReportedFix fix) => new()
    {
        ["description"] = new JsonObject { ["text"] = d.Kind == "document" ? "Insert the suggested sentence." : "Apply the suggested rewrite." },
        ["artifactChanges"] = new JsonArray(new JsonObject
        {
            ["artifactLocation"] = new JsonObject { ["uri"] = ToUri(path) },
            ["replacements"] = new JsonArray(new JsonObject
            {
                ["deletedRegion"] = new JsonObject
                {
                    ["startLine"] = fix.StartLine,
                    ["startColumn"] = fix.StartColumn,
                    ["endLine"] = fix.EndLine,
                    ["endColumn"] = fix.EndColumn,
                },
                ["insertedContent"] = new JsonObject { ["text"] = fix.Text },
            }),
        }),
    };
    private static JsonObject Describe(ToneRule r)
    {
        var rule = new JsonObject
        {
            ["id"] = r.Id,
            ["name"] = r.Name,
            ["shortDescription"] = new JsonObject { ["text"] = r.Descriptor.Title.ToString() },
            ["fullDescription"] = new JsonObject { ["text"] = r.Descriptor.Description.ToString() },
            ["helpUri"] = r.Descriptor.HelpLinkUri,
            ["defaultConfiguration"] = new JsonObject { ["level"] = Level(ReportedDiagnostic.SeverityName(r.Descriptor.DefaultSeverity)) },
            ["properties"] = new JsonObject { ["kind"] = r.Kind == RuleKind.Line ? "line" : "document" },
        };
        // A pack rule need not have a help page; SARIF wants a URI or no helpUri at all.
        if (string.IsNullOrEmpty(r.Descriptor.HelpLinkUri)) rule.Remove("helpUri");
        return rule;
    }

    private static string Level(string severity) => severity switch
    {
        "error" => "error",
        "warning" => "warning",
        "info" => "note",
        _ => "none",
    };

    // Relative paths stay relative (SARIF allows relative URIs); separators become '/', and spaces are escaped.
    public static string ToUri(string path)
    {
        if (path is "-" or "<stdin>" || path.Length == 0) return "stdin";
        var p = path.Replace('\\', '/');
        return Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : Uri.EscapeDataString(p).Replace("%2F", "/");
    }
}
