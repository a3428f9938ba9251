using ToneCheck.Engine.Reporting;
using ToneCheck.Rules;

namespace ToneCheck.Server;

/// <summary>One rule as <c>GET /v1/rules</c> lists it.</summary>
public sealed record RuleInfo(string Id, string Name, string Kind, string Severity, string Title, string Description, string HelpUri);

internal static class RulesEndpoint
{
    public static RuleInfo[] List() =>
        RuleCatalog.All.Select(r => new RuleInfo(r.Id, r.Name, r.Kind == RuleKind.Line ? "line" : "document",
            ReportedDiagnostic.SeverityName(r.Descriptor.DefaultSeverity), r.Descriptor.Title.ToString(),
            r.Descriptor.Description.ToString(), r.Descriptor.HelpLinkUri)).ToArray();
}
