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
    internal sealed record Word(string Stem) : Node
    {
        public int Id { get; } = WordIds.Of(Stem);
    }

    internal sealed record Exact(string Norm) : Node
    {
        public int Id { get; } = WordIds.Of(Norm);
    }

    internal sealed record ClassRef(string Name, ClassSlot Slot) : Node
    {
        public const string Recipient = "recipient";

        /// <summary>The built-in class of the recipient's name words, which each letter's greeting fills.</summary>
        public bool IsRecipient { get; } = Name == Recipient;

        public Node Definition => Slot.Node ?? throw new KeyNotFoundException($"Word class '@{Name}' is not defined in classes.txt.");
    }

    /// <summary>
    /// Where a word class's definition goes once it is read: references are made while parsing, before the classes
    /// they name may be defined (a class may use one defined further down), and the matcher follows them without a
    /// lookup by name.
    /// </summary>
    internal sealed class ClassSlot
    {
        public Node? Node { get; set; }
    }
    internal sealed record Any : Node;
    internal sealed record Gap(int Max) : Node;
    internal sealed record Optional(Node Inner) : Node;
    internal sealed record Sequence(ImmutableArray<Node> Items) : Node;
    internal sealed record Choice(ImmutableArray<Node> Options) : Node
    {
        /// <summary>The options that are single words, as sets, and the others: a word class of two hundred words
        /// is then one lookup per token, not two hundred comparisons.</summary>
        internal WordOptions Split { get; } = WordOptions.Of(Options);
    }

    internal sealed class WordOptions
    {
        private readonly HashSet<int> _stems = new();
        private readonly HashSet<int> _exact = new();

        private WordOptions(ImmutableArray<Node> options)
        {
            var others = ImmutableArray.CreateBuilder<Node>();
            foreach (var option in options)
            {
                switch (option)
                {
                    case Word w: _stems.Add(w.Id); break;
                    case Exact e: _exact.Add(e.Id); break;
                    default: others.Add(option); break;
                }
            }
            Others = others.ToImmutable();
        }

        public ImmutableArray<Node> Others { get; }

        public static WordOptions Of(ImmutableArray<Node> options) => new(options);

        /// <summary>A <see cref="Word"/> matches the token's stem or its form; an <see cref="Exact"/> only its form.</summary>
        public bool Matches(int stem, int norm) =>
            (_stems.Count > 0 && (_stems.Contains(stem) || _stems.Contains(norm))) || (_exact.Count > 0 && _exact.Contains(norm));
    }
}

/// <summary>Where a pattern matched in a sentence: token indexes [Start, End), and the pattern.</summary>
public readonly record struct PatternMatch(int Start, int End, TokenPattern Pattern)
{
    public int Length => End - Start;
}
