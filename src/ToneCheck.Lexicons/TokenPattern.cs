using System.Collections.Immutable;
using ToneCheck.Text;

namespace ToneCheck.Lexicons;

/// <summary>
/// A phrase pattern over tokens, written in the lexicon files:
/// <list type="bullet">
/// <item><c>fail</c> matches any word with that stem (failed, fails, failing); <c>=us</c> matches the exact word.</item>
/// <item><c>@target</c> matches a word class defined in <c>classes.txt</c> (or the built-in recipient name class).</item>
/// <item><c>(due to|because of)</c> alternatives of sequences; <c>x?</c> makes x optional; <c>*</c> any one token;
/// <c>...</c> a gap of up to 4 tokens, <c>...8</c> up to 8; <c>"?"</c> a literal punctuation token.</item>
/// </list>
/// </summary>
public sealed class TokenPattern
{
    internal TokenPattern(string source, Node root, string? note)
    {
        Source = source;
        Root = root;
        Note = note;
    }

    /// <summary>The pattern as written in the data file.</summary>
    public string Source { get; }

    /// <summary>Text after <c>=&gt;</c> on the pattern's line, used by rules as a suggestion or a sub-category.</summary>
    public string? Note { get; }

    internal Node Root { get; }

    /// <summary>
    /// A pattern that matches exactly these token forms in order (<see cref="Token.Norm"/>: lower case, contractions
    /// expanded), with no stemming: a literal phrase, split into tokens the way the text is.
    /// </summary>
    public static TokenPattern Literal(string source, IEnumerable<string> norms, string? note)
    {
        var items = norms.Select(n => (Node)new Exact(n.ToLowerInvariant())).ToImmutableArray();
        if (items.Length == 0) throw new ArgumentException("A literal pattern needs at least one token.", nameof(norms));
        return new TokenPattern(source, items.Length == 1 ? items[0] : new Sequence(items), note);
    }

    internal abstract record Node;
    internal sealed record Word(string Stem) : Node;
    internal sealed record Exact(string Norm) : Node;
    internal sealed record ClassRef(string Name) : Node;
    internal sealed record Any : Node;
    internal sealed record Gap(int Max) : Node;
    internal sealed record Optional(Node Inner) : Node;
    internal sealed record Sequence(ImmutableArray<Node> Items) : Node;
    internal sealed record Choice(ImmutableArray<Node> Options) : Node;
}

/// <summary>Where a pattern matched in a sentence: token indexes [Start, End), and the pattern.</summary>
public readonly record struct PatternMatch(int Start, int End, TokenPattern Pattern)
{
    public int Length => End - Start;
}
