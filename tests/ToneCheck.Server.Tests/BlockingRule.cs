using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ToneCheck.Rules;

namespace ToneCheck.Server.Tests;

/// <summary>
/// A rule that holds the check until the test releases it: the hook that makes a check outlast its deadline or
/// keep a concurrency slot busy, without timing guesses. It holds only letters holding <see cref="Marker"/> (so the
/// service's warm-up check passes) and never reports anything.
/// </summary>
public sealed class BlockingRule : ToneRule
{
    private readonly SemaphoreSlim _entered = new(0);
    private readonly ManualResetEventSlim _release = new(false);

    public override DiagnosticDescriptor Descriptor { get; } =
        new("TT901", "Blocks", "{0}", "Test", DiagnosticSeverity.Info, isEnabledByDefault: true);

    public override RuleKind Kind => RuleKind.Line;

    public override string Name => "blocks";

    public override string Advice => "";

    public override ImmutableArray<RuleExample> Examples => [];

    public override IReadOnlyDictionary<string, string> Messages { get; } = new Dictionary<string, string>();

    public const string Marker = "hold this check";

    public override void Analyze(RuleContext context)
    {
        if (!context.Letter.Text.ToString().Contains(Marker, StringComparison.Ordinal)) return;
        _entered.Release();
        // Bounded, so that a failing test cannot leave a thread blocked forever.
        _release.Wait(TimeSpan.FromSeconds(30));
    }

    /// <summary>Waits until a check is inside the rule.</summary>
    public Task<bool> EnteredAsync() => _entered.WaitAsync(TimeSpan.FromSeconds(30));

    public void Release() => _release.Set();
}
