using ToneCheck.Engine;
using ToneCheck.Engine.Reporting;
using ToneCheck.Rules;

namespace ToneCheck.Mail;

/// <summary>What the mail filter concluded about a message.</summary>
public enum MailStatus
{
    /// <summary>Checked, and no error or warning.</summary>
    Clean,

    /// <summary>Checked, with at least one error or warning.</summary>
    Flagged,

    /// <summary>Not checked (too large, unreadable, no text by the sender...); <see cref="MailVerdict.Reason"/> says why.</summary>
    Unchecked,
}

/// <summary>
/// The filter's verdict and the two header values it stamps: <c>X-ToneCheck-Status</c> (<c>flagged; errors=1;
/// warnings=2; info=0; rules=TC001,TC006</c>, <c>clean; ...</c> or <c>unchecked; reason=too-large</c>) and
/// <c>X-ToneCheck-Report</c> (the top findings, or why the message was not checked; absent when there is nothing to say).
/// </summary>
public sealed record MailVerdict(MailStatus Status, int Errors, int Warnings, int Infos, IReadOnlyList<string> Rules, string? Reason, string? Report)
{
    /// <summary>How many findings the report names before it says "and N more".</summary>
    public const int ReportedFindings = 3;

    private const int QuoteLength = 60;

    public string StatusValue => Status switch
    {
        MailStatus.Unchecked => $"unchecked; reason={Reason}",
        _ => $"{(Status == MailStatus.Flagged ? "flagged" : "clean")}; errors={Errors}; warnings={Warnings}; info={Infos}"
             + (Rules.Count > 0 ? "; rules=" + string.Join(',', Rules) : ""),
    };

    public static MailVerdict NotChecked(string reason, string message) => new(MailStatus.Unchecked, 0, 0, 0, [], reason, message);

    public static MailVerdict From(CheckResult result)
    {
        var findings = result.Diagnostics.Select(d => ReportedDiagnostic.From(d, result.Text)).Where(d => Rank(d.Severity) > 0).ToList();
        int errors = findings.Count(d => d.Severity == "error");
        int warnings = findings.Count(d => d.Severity == "warning");
        int infos = findings.Count(d => d.Severity == "info");
        var rules = findings.Select(d => d.RuleId).Distinct().Order(StringComparer.Ordinal).ToList();
        var top = findings.OrderByDescending(d => Rank(d.Severity)).ThenBy(d => d.StartLine).ThenBy(d => d.StartColumn).ToList();
        string? report = top.Count == 0 ? null
            : string.Join("; ", top.Take(ReportedFindings).Select(d => Describe(d, result.MessageLanguage)))
              + (top.Count > ReportedFindings ? $"; and {top.Count - ReportedFindings} more" : "");
        return new MailVerdict(errors + warnings > 0 ? MailStatus.Flagged : MailStatus.Clean, errors, warnings, infos, rules, null, report);
    }

    // A line finding by its words, a missing element by the rule's title (in the messages' language): what a reader
    // of the header can act on.
    private static string Describe(ReportedDiagnostic d, string language)
    {
        var head = $"{d.Severity} {d.RuleId} {d.RuleName}";
        if (d.Kind != "line") return $"{head}: {RuleCatalog.Find(d.RuleId)?.Text("title", language) ?? d.Message}";
        var quote = string.Join(' ', d.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (quote.Length > QuoteLength) quote = quote[..QuoteLength].TrimEnd() + "...";
        return $"{head}: \"{quote}\"";
    }

    private static int Rank(string severity) => severity switch { "error" => 3, "warning" => 2, "info" => 1, _ => 0 };
}
