using System.Collections.Immutable;

namespace ToneCheck.Lexicons;

/// <summary>
/// Patterns from outside the data files (a rule pack's), indexed like a data file's section and matched by the
/// same matcher, with the word classes of the lexicon that created the set (<see cref="Lexicon.CreateSet"/>).
/// </summary>
public sealed class PatternSet
{
    internal PatternSet(Lexicon owner, ImmutableArray<TokenPattern> patterns, SectionIndex index)
    {
        Owner = owner;
        Patterns = patterns;
        Index = index;
    }

    public ImmutableArray<TokenPattern> Patterns { get; }

    internal Lexicon Owner { get; }

    internal SectionIndex Index { get; }
}
