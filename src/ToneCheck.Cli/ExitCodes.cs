namespace ToneCheck.Cli;

/// <summary>The exit codes, documented in README: pipelines act on them.</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the --fail-on level; for <c>mail</c>, the stamped message was written.</summary>
    public const int Clean = 0;

    /// <summary>At least one diagnostic at or above the --fail-on level.</summary>
    public const int Findings = 1;

    /// <summary>Bad usage, or an input that could not be read (missing, binary, not UTF-8, too large).</summary>
    public const int UsageOrInput = 2;

    /// <summary><c>mail --reject-on</c>: a finding at or above that level; sendmail's EX_DATAERR, which a pipe bounces on.</summary>
    public const int Rejected = 65;

    /// <summary><c>mail</c>: standard input or output failed (sendmail's EX_IOERR); the message may be incomplete.</summary>
    public const int IoError = 74;
}
