using ToneCheck.Engine.Reporting;
using ToneCheck.Rules;

namespace ToneCheck.Server;

/// <summary>One rule as <c>GET /v1/rules</c> lists it.</summary>
public sealed record RuleInfo(string Id, string Name, string Kind, string Severity, string Title, string Description, string HelpUri);

internal static class RulesEndpoint
{
    public static IResult List(string? language)
    {
        language = string.IsNullOrWhiteSpace(language) ? RuleText.English : language.Trim().ToLowerInvariant();
        if (!RuleText.Supports(language))
            return Problems.BadRequest($"language: '{language}' is not one of {string.Join(", ", RuleText.Languages)}.");
        return TypedResults.Ok(RuleCatalog.All.Select(r => new RuleInfo(r.Id, r.Name, r.Kind == RuleKind.Line ? "line" : "document",
            ReportedDiagnostic.SeverityName(r.Descriptor.DefaultSeverity), r.Text("title", language),
            r.Text("description", language), r.Descriptor.HelpLinkUri)).ToArray());
    }
}
