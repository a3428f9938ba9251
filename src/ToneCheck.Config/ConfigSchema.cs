using System.Text.Json.Nodes;
using ToneCheck.Engine.Reporting;
using ToneCheck.Rules;

namespace ToneCheck.Config;

/// <summary>
/// The JSON schema of tonecheck.yml for editors (YAML language servers validate and complete with it), generated
/// from the rules' own IDs, names and declared options so that it cannot fall behind them. `tonecheck docs` writes
/// it to docs/tonecheck.schema.json, and a test fails when the committed copy differs.
/// </summary>
public static class ConfigSchema
{
    public const string FileName = "tonecheck.schema.json";

    public static string Render()
    {
        var severity = new JsonObject { ["enum"] = new JsonArray("error", "warning", "info", "none") };
        var rules = new JsonObject();
        foreach (var rule in RuleCatalog.All)
        {
            var properties = new JsonObject { ["severity"] = severity.DeepClone() };
            foreach (var o in rule.Options)
            {
                properties[o.Name] = o.IsNumber
                    ? new JsonObject { ["type"] = "integer", ["minimum"] = o.Minimum, ["default"] = int.Parse(o.Default), ["description"] = o.Description }
                    : new JsonObject { ["enum"] = new JsonArray(o.Allowed.Select(a => (JsonNode?)a).ToArray()), ["default"] = o.Default, ["description"] = o.Description };
            }
            var settings = new JsonObject
            {
                ["description"] = $"{rule.Id} {rule.Name}: {rule.Descriptor.Title}. A severity, or settings.",
                ["oneOf"] = new JsonArray(severity.DeepClone(), new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = properties,
                    ["additionalProperties"] = false,
                }),
            };
            rules[rule.Id] = settings;
            rules[rule.Name] = new JsonObject { ["$ref"] = $"#/properties/rules/properties/{rule.Id}" };
        }
        var globs = new JsonObject
        {
            ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } }),
        };
        var schema = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = "https://github.com/tonecheck/tonecheck/blob/main/docs/" + FileName,
            ["title"] = "ToneCheck configuration (tonecheck.yml)",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["root"] = new JsonObject { ["type"] = "boolean", ["description"] = "Stop looking for tonecheck.yml in folders further up." },
                ["language"] = new JsonObject { ["enum"] = new JsonArray("auto", "en", "cy", "ms", "vi", "tl"), ["description"] = "The letters' language; auto detects it per letter." },
                ["messages"] = new JsonObject { ["enum"] = new JsonArray([.. RuleText.MessageChoices.Select(l => (JsonNode?)l)]), ["description"] = "The language of messages and advice; letter writes each letter's in its own language." },
                ["model"] = new JsonObject { ["enum"] = new JsonArray(true, false, "on", "off"), ["description"] = "Whether the sentence classifier takes part (on) or the rules check alone (off)." },
                ["include"] = Described(globs.DeepClone(), "Globs, relative to this file, of the letters checked when a folder is walked."),
                ["exclude"] = Described(globs.DeepClone(), "Globs, relative to this file, of letters skipped when a folder is walked."),
                ["packs"] = Described(globs.DeepClone(), "Folders of custom rule packs, relative to this file."),
                ["rules"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = rules,
                    // Rules of the packs listed under 'packs': their own ID prefix, a severity only.
                    ["patternProperties"] = new JsonObject { ["^(?!TC)[A-Z]{2,8}[0-9]{3}$"] = severity.DeepClone() },
                    ["additionalProperties"] = false,
                },
            },
        };
        return schema.ToJsonString(JsonReport.Options) + "\n";
    }

    private static JsonNode Described(JsonNode node, string description)
    {
        node["description"] = description;
        return node;
    }
}
