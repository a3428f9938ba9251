namespace ToneCheck.Packs;

/// <summary>One problem in a pack, at the place in its YAML file where it can be fixed (1-based line and column).</summary>
public sealed record PackError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}

/// <summary>A pack that cannot be loaded, with every problem found in it (not only the first).</summary>
public sealed class PackLoadException(IReadOnlyList<PackError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<PackError> Errors { get; } = errors;
}
