using System.Collections.Frozen;
using System.Collections.Immutable;
using ToneCheck.Text;
using static ToneCheck.Lexicons.TokenPattern;

namespace ToneCheck.Lexicons;

/// <summary>
/// The vocabulary of one language: every data file of <c>Data/&lt;lang&gt;/</c>, parsed once. Patterns are looked up
/// as <c>file/section</c> (for example <c>blame/causal</c>); word classes come from <c>classes.txt</c>.
/// </summary>
public sealed class Lexicon
{
    private static readonly string[] Files =
        ["classes", "negation", "blame", "attack", "justification", "negotiable", "hostile",
         "thanks", "referral", "finality", "next-steps", "goodwill", "apology"];

    private readonly Dictionary<string, ImmutableArray<TokenPattern>> _patterns;
    private readonly Dictionary<string, SectionIndex> _indexes = new(StringComparer.Ordinal);
    private readonly Dictionary<int, ulong> _startsSections = new();
    private readonly Dictionary<string, ClassSlot> _classes;
    private readonly Dictionary<string, IReadOnlyList<string>> _words;
    private readonly Func<string, string> _stem;

    private Lexicon(string language, Func<string, string> stem, Dictionary<string, ImmutableArray<TokenPattern>> patterns,
        Dictionary<string, ClassSlot> classes, Dictionary<string, IReadOnlyList<string>> words)
    {
        Language = language;
        _stem = stem;
        _patterns = patterns;
        _classes = classes;
        _words = words;
        foreach (var (key, section) in patterns) _indexes[key] = SectionIndex.Build(section, _indexes.Count);
        foreach (var index in _indexes.Values)
            if (index.Number < LexiconRow.IndexedSections)
                foreach (var word in index.StartWords)
                    _startsSections[word] = _startsSections.GetValueOrDefault(word) | 1UL << index.Number;
    }

    public string Language { get; }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Lexicon>> s_byLanguage = new(StringComparer.Ordinal);

    public static Lexicon English => For("en");

    /// <summary>The lexicon of a language, loaded once: Data/&lt;lang&gt;/*.txt folded with that language's word forms.</summary>
    public static Lexicon For(string language) =>
        s_byLanguage.GetOrAdd(language, static l => new Lazy<Lexicon>(() => Load(l, Segmenter.For(l).Stem))).Value;

    /// <summary>
    /// Whether ToneCheck checks letters in this language: it has letter-structure data and rule vocabulary
    /// (Data/&lt;lang&gt;/structure.txt and the lexicon files). A language without them gets one informational note.
    /// </summary>
    public static bool Supports(string language) =>
        s_supported.GetOrAdd(language, static l => Segmenter.HasData(l) && DataFile.HasResource(typeof(Lexicon).Assembly, $"{l}/blame.txt"));

    // Asked on every check (by the engine and the rule runner): the resource lookups are made once per language.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> s_supported = new(StringComparer.Ordinal);

    /// <summary>Loads every data file of a language from this assembly's embedded resources.</summary>
    public static Lexicon Load(string language, Func<string, string> stem)
    {
        var classes = new Dictionary<string, ClassSlot>(StringComparer.Ordinal);
        var parser = new PatternParser(stem, classes);
        var patterns = new Dictionary<string, ImmutableArray<TokenPattern>>(StringComparer.Ordinal);
        var words = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var assembly = typeof(Lexicon).Assembly;
        foreach (var file in Files)
        {
            var name = $"{language}/{file}.txt";
            if (!DataFile.HasResource(assembly, name)) continue;
            foreach (var (section, entries) in DataFile.Parse(DataFile.ReadResource(assembly, name)))
            {
                var key = $"{file}/{section}";
                words[key] = entries;
                try
                {
                    var compiled = entries.Select(parser.Parse).ToImmutableArray();
                    foreach (var p in compiled)
                        if (CanBeEmpty(p.Root)) throw new FormatException($"Pattern '{p.Source}' can match no words at all (an optional item stands alone in an alternative?).");
                    // Every section is also a word class: @name for classes.txt, @file/section for the others.
                    var choice = new Choice(compiled.Select(p => p.Root).ToImmutableArray());
                    PatternParser.SlotOf(classes, file == "classes" ? section : key).Node = choice;
                    if (file != "classes") patterns[key] = compiled;
                }
                catch (FormatException e)
                {
                    throw new FormatException($"{name} [{section}]: {e.Message}", e);
                }
            }
        }
        return new Lexicon(language, stem, patterns, classes, words);
    }

    // Classes are references resolved at match time, so they are assumed non-empty here.
    private static bool CanBeEmpty(Node node) => node switch
    {
        Optional => true,
        Gap => true,
        Sequence s => s.Items.All(CanBeEmpty),
        Choice c => c.Options.Any(CanBeEmpty),
        _ => false,
    };

    /// <summary>
    /// Parses one pattern written outside the data files (a rule pack's), with this lexicon's stemmer, and checks
    /// what the data files are trusted on: that it cannot match nothing and that every <c>@class</c> it names exists.
    /// </summary>
    /// <exception cref="FormatException">The pattern is not valid; the message says where.</exception>
    public TokenPattern ParsePattern(string source)
    {
        // A pack's pattern that names an unknown class is refused below; its empty slot is left behind
        // unused, so the parse works on a copy of the lexicon's slots.
        var pattern = new PatternParser(_stem, new Dictionary<string, ClassSlot>(_classes, StringComparer.Ordinal)).Parse(source);
        if (CanBeEmpty(pattern.Root)) throw new FormatException($"Pattern '{pattern.Source}' can match no words at all (only optional items or gaps?).");
        if (UnknownClass(pattern.Root) is { } name)
            throw new FormatException($"Pattern '{pattern.Source}': unknown word class '@{name}' (the classes are those of classes.txt, @recipient, and @file/section of the other data files).");
        return pattern;
    }

    /// <summary>Indexes patterns for matching against this lexicon's word classes, as a data file's section is.</summary>
    public PatternSet CreateSet(IEnumerable<TokenPattern> patterns)
    {
        var list = patterns.ToImmutableArray();
        return new PatternSet(this, list, SectionIndex.Build(list, SectionIndex.Uncached));
    }

    /// <summary>All non-overlapping matches of a set's patterns in a sentence, longest first at each start.</summary>
    public IReadOnlyList<PatternMatch> Find(Sentence sentence, PatternSet set, MatchContext context)
    {
        if (!ReferenceEquals(set.Owner, this)) throw new ArgumentException("The pattern set was compiled against another lexicon.", nameof(set));
        return FindUncached(context.Row(sentence), set.Index, context, null);
    }

    private string? UnknownClass(Node node) => node switch
    {
        ClassRef r => r.IsRecipient || r.Slot.Node is not null ? null : r.Name,
        Optional o => UnknownClass(o.Inner),
        Sequence s => s.Items.Select(UnknownClass).FirstOrDefault(n => n is not null),
        Choice c => c.Options.Select(UnknownClass).FirstOrDefault(n => n is not null),
        _ => null,
    };

    /// <summary>The patterns of <c>file/section</c>; an unknown key is a programming error and throws.</summary>
    public ImmutableArray<TokenPattern> Patterns(string key) =>
        _patterns.TryGetValue(key, out var p) ? p : throw new KeyNotFoundException($"No lexicon section '{key}' for language '{Language}'.");

    /// <summary>The raw entries of <c>file/section</c>, for sections that are plain word lists.</summary>
    public IReadOnlyList<string> Words(string key) =>
        _words.TryGetValue(key, out var w) ? w : throw new KeyNotFoundException($"No lexicon section '{key}' for language '{Language}'.");

    public bool HasSection(string key) => _patterns.ContainsKey(key);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FrozenSet<string>> _wordSets = new(StringComparer.Ordinal);

    /// <summary>
    /// The entries of <c>file/section</c> as a set of lower-case words, made once, for word lists that mechanisms
    /// compare with tokens as written (the clause words of classes.txt); empty when the language has no such section.
    /// </summary>
    public FrozenSet<string> WordSet(string key) =>
        _wordSets.GetOrAdd(key, k => _words.TryGetValue(k, out var entries)
            ? entries.Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal)
            : FrozenSet<string>.Empty);

    /// <summary>Every pattern section, as <c>file/section</c>.</summary>
    public IEnumerable<string> SectionKeys => _patterns.Keys;

    /// <summary>All non-overlapping matches of a section's patterns in a sentence, longest first at each start.</summary>
    /// <remarks>Results are kept in <paramref name="context"/>, since several rules ask the same question of one sentence.</remarks>
    public IReadOnlyList<PatternMatch> Find(Sentence sentence, string key, MatchContext context)
    {
        if (!_indexes.TryGetValue(key, out var index)) throw new KeyNotFoundException($"No lexicon section '{key}' for language '{Language}'.");
        var row = context.Row(sentence);
        var cache = context.CacheFor(row, this);
        if (cache is null) return FindUncached(row, index, context, null);
        return cache.Found[index.Number] ??= FindUncached(row, index, context, cache);
    }

    private static IReadOnlyList<PatternMatch> FindUncached(SentenceRow row, SectionIndex index, MatchContext context, LexiconRow? cache)
    {
        // The sections whose patterns can start at each token are known per sentence: a section that no token can
        // start is done, and the rest visit only their possible starts.
        ulong section = cache is not null && index.Number < LexiconRow.IndexedSections && !index.StartsAnywhere ? 1UL << index.Number : 0;
        if (section != 0 && (cache!.Sentence & section) == 0) return [];
        List<PatternMatch>? result = null;
        var tokens = row.Sentence.Tokens;
        var matcher = new Matcher(row, context);
        int next = 0;
        for (int start = next; start < tokens.Length; start++)
        {
            if (start < next || section != 0 && (cache!.Tokens[start] & section) == 0) continue;
            PatternMatch? best = null;
            var candidates = index.Candidates(row, start, context);
            for (int i = 0; i < candidates.Count; i++)
            {
                var pattern = candidates[i];
                int end = matcher.LongestMatch(pattern.Root, start);
                if (end > start && (best is null || end > best.Value.End)) best = new PatternMatch(start, end, pattern);
            }
            if (best is { } b)
            {
                (result ??= []).Add(b);
                next = b.End;
            }
        }
        // Most sections match nothing in most sentences: they share one empty answer.
        return result ?? (IReadOnlyList<PatternMatch>)[];
    }

    /// <summary>A sentence's cache for this lexicon: room for each section's matches, and which sections each token can start.</summary>
    internal LexiconRow NewRow(SentenceRow row)
    {
        var tokens = new ulong[row.Stems.Length];
        ulong sentence = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            tokens[i] = Starts(row.Stems[i]) | Starts(row.Norms[i]);
            sentence |= tokens[i];
        }
        return new LexiconRow(new IReadOnlyList<PatternMatch>?[_indexes.Count], tokens, sentence);
    }

    private ulong Starts(int word) => word != WordIds.None && _startsSections.TryGetValue(word, out var sections) ? sections : 0;

    /// <summary>True when any pattern of the section matches the sentence.</summary>
    public bool Contains(Sentence sentence, string key, MatchContext context) => Find(sentence, key, context).Count > 0;

    /// <summary>True when a word class (classes.txt) matches the token at <paramref name="index"/>.</summary>
    public bool IsClass(Sentence sentence, int index, string className, MatchContext context) =>
        _classes.TryGetValue(className, out var slot) && slot.Node is { } node && new Matcher(context.Row(sentence), context).LongestMatch(node, index) > index;
}
