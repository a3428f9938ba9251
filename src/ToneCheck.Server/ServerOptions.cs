namespace ToneCheck.Server;

/// <summary>
/// The service's settings, read from the "ToneCheck" configuration section (command line
/// <c>--ToneCheck:MaxBodyBytes=65536</c>, environment <c>ToneCheck__MaxBodyBytes=65536</c>, or <c>tonecheck serve</c>'s options).
/// </summary>
public sealed class ServerOptions
{
    public const string Section = "ToneCheck";

    /// <summary>Where the service listens when no <c>--urls</c> is given: this machine only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Rules only: the sentence classifier is not loaded.</summary>
    public bool NoModel { get; set; }

    /// <summary>Folder holding the model; by default the models/ folder shipped beside the program.</summary>
    public string? ModelDir { get; set; }

    /// <summary>
    /// A tonecheck.yml to use; by default the one found from the service's working folder upwards, so a team's
    /// severities, rule options, packs and language govern the service as they govern the command line.
    /// </summary>
    public string? ConfigFile { get; set; }

    /// <summary>Larger request bodies get 413. A letter is a few KB, and check time grows with length.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>A check still running after this long is stopped and answered with 503.</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>Checks running at once; more wait in the queue.</summary>
    public int MaxConcurrentChecks { get; set; } = 2 * Environment.ProcessorCount;

    /// <summary>Checks waiting for a slot; beyond this a request gets 429 at once.</summary>
    public int QueueLimit { get; set; } = 256;
}
