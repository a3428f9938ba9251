using System.Collections.Concurrent;
using System.Collections.Immutable;
using ICU4N.Globalization;
using ICU4N.Text;
using Microsoft.CodeAnalysis.Text;

namespace ToneCheck.Text;

/// <summary>
/// Splits text into sentences and tokens with ICU's break iterators (UAX #29 with the CLDR abbreviation list,
/// extended with ours), and folds words to the forms lexicon patterns match (<see cref="WordForms"/>).
/// ICU iterators and Snowball stemmers are not thread-safe, so each thread keeps its own; the rule sets
/// they are built from are loaded once per process (the first call costs about 0.3 s of ICU data loading).
/// </summary>
public sealed class Segmenter
{
    // ICU4N's break iterators share state that is not safe to use from two threads at once, even through
    // per-thread instances (seen as sentences splitting differently under parallel tests), so every use of
    // ICU is serialised. A sentence split costs microseconds, so the lock is cheap next to the rules.
    private static readonly object IcuInit = new();
    private readonly string _locale;
    private readonly IReadOnlyList<string> _abbreviations;
    private readonly ThreadLocal<BreakIterator> _sentences;
    private readonly ThreadLocal<BreakIterator> _words;
    private readonly Func<string, string> _fold;
    private readonly bool _englishContractions;
    private readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string[]> _bareContractions;

    public Segmenter(string locale, IReadOnlyList<string> abbreviations, IReadOnlyList<string>? bareContractions = null)
    {
        _bareContractions = (bareContractions ?? [])
            .Select(e => e.Split('=', 2))
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim().Split(' '), StringComparer.Ordinal);
        _locale = locale;
        _fold = WordForms.For(locale);
        _englishContractions = locale == "en";
        _abbreviations = abbreviations;
        _sentences = new ThreadLocal<BreakIterator>(() => { lock (IcuInit) return CreateSentenceIterator(); });
        _words = new ThreadLocal<BreakIterator>(() => { lock (IcuInit) return BreakIterator.GetWordInstance(new UCultureInfo(IcuLocale)); });
    }

    private static readonly ConcurrentDictionary<string, Lazy<Segmenter>> s_byLanguage = new(StringComparer.Ordinal);

    public static Segmenter English => For("en");

    /// <summary>The segmenter of a language with data (Data/&lt;lang&gt;/structure.txt: abbreviations, bare contractions).</summary>
    public static Segmenter For(string language) => s_byLanguage.GetOrAdd(language, static l => new Lazy<Segmenter>(() =>
    {
        var data = DataFile.Parse(DataFile.ReadResource(typeof(Segmenter).Assembly, $"{l}/structure.txt"));
        return new Segmenter(l, data.TryGetValue("abbreviations", out var a) ? a : [], data.TryGetValue("bare-contractions", out var b) ? b : []);
    })).Value;

    /// <summary>Whether the language has letter-structure data, and so a segmenter and a letter parser.</summary>
    public static bool HasData(string language) => DataFile.HasResource(typeof(Segmenter).Assembly, $"{language}/structure.txt");

    // ICU names Tagalog "fil" (Filipino).
    private string IcuLocale => _locale == "tl" ? "fil" : _locale;

    private BreakIterator CreateSentenceIterator()
    {
        // "ss=standard" turns on CLDR's suppressions (Mr., Inc., ...); the builder adds ours (Dr., e.g., Ltd., ...).
        var culture = new UCultureInfo(IcuLocale + "@ss=standard");
        var builder = FilteredBreakIteratorBuilder.GetInstance(culture);
        foreach (var abbreviation in _abbreviations) builder.SuppressBreakAfter(abbreviation);
        return builder.WrapIteratorWithFilter(BreakIterator.GetSentenceInstance(culture));
    }

    /// <summary>
    /// Sentence spans inside <paramref name="span"/> of <paramref name="text"/>, trimmed of white space.
    /// Line breaks inside the span are read as spaces, so a hard-wrapped sentence stays one sentence.
    /// </summary>
    public IEnumerable<TextSpan> SplitSentences(SourceText text, TextSpan span)
    {
        var chars = text.ToString(span).ToCharArray();
        for (int i = 0; i < chars.Length; i++)
            if (chars[i] is '\r' or '\n' or '\u2028' or '\u2029' or '\u0085') chars[i] = ' ';
        var flat = new string(chars);
        List<(int At, int Status)> breaks;
        // Only ICU's own walk is serialised; the spans are made outside the lock, so parallel checks wait less.
        lock (IcuInit) breaks = Breaks(_sentences.Value!, flat, statuses: false);
        var result = new List<TextSpan>();
        for (int b = 0; b + 1 < breaks.Count; b++)
        {
            int s = breaks[b].At, e = breaks[b + 1].At;
            while (s < e && char.IsWhiteSpace(flat[s])) s++;
            while (e > s && char.IsWhiteSpace(flat[e - 1])) e--;
            if (e <= s) continue;
            // ICU's filter misses abbreviations with inner stops ("e.g.", "i.e.") before a capital: join them back.
            if (result.Count > 0 && EndsWithAbbreviation(flat, result[^1].End - span.Start))
                result[^1] = TextSpan.FromBounds(result[^1].Start, span.Start + e);
            else
                result.Add(new TextSpan(span.Start + s, e - s));
        }
        return result;
    }

    // The iterator's boundaries in order (the first is 0), each with the rule status of the piece it ends when
    // asked for (word breaks), else 0.
    private static List<(int At, int Status)> Breaks(BreakIterator iterator, string text, bool statuses)
    {
        iterator.SetText(text);
        var breaks = new List<(int At, int Status)> { (iterator.First(), 0) };
        for (int end = iterator.Next(); end != BreakIterator.Done; end = iterator.Next())
            breaks.Add((end, statuses ? iterator.RuleStatus : 0));
        return breaks;
    }

    private bool EndsWithAbbreviation(string text, int end)
    {
        foreach (var abbreviation in _abbreviations)
        {
            int start = end - abbreviation.Length;
            if (start < 0 || string.CompareOrdinal(text, start, abbreviation, 0, abbreviation.Length) != 0) continue;
            if (start == 0 || !char.IsLetter(text[start - 1])) return true;
        }
        return false;
    }

    /// <summary>Tokens of <paramref name="span"/>: words, numbers, punctuation and symbols; never white space.</summary>
    public ImmutableArray<Token> Tokenize(SourceText text, TextSpan span)
    {
        var source = text.ToString(span);
        List<(int At, int Status)> breaks;
        lock (IcuInit) breaks = Breaks(_words.Value!, source, statuses: true);
        var tokens = ImmutableArray.CreateBuilder<Token>(breaks.Count);
        for (int b = 0; b + 1 < breaks.Count; b++)
        {
            int start = breaks[b].At, end = breaks[b + 1].At;
            if (char.IsWhiteSpace(source[start])) continue;
            var kind = Classify(breaks[b + 1].Status, source[start]);
            var piece = source[start..end];
            if (kind == TokenKind.Word) AddWord(tokens, piece, span.Start + start);
            else
            {
                var lower = piece.ToLowerInvariant();
                tokens.Add(new Token(new TextSpan(span.Start + start, piece.Length), piece, lower, lower, kind));
            }
        }
        return tokens.ToImmutable();
    }

    private static TokenKind Classify(int ruleStatus, char first) => ruleStatus switch
    {
        >= 100 and < 200 => TokenKind.Number,
        >= 200 => TokenKind.Word,
        _ => char.IsPunctuation(first) ? TokenKind.Punctuation : TokenKind.Symbol,
    };

    // Contractions are split the way treebanks do ("don't" -> "do" + "n't"), and each part is normalised,
    // so a pattern written "you are" also matches "you're" and "not" matches "won't".
    private void AddWord(ImmutableArray<Token>.Builder tokens, string word, int offset)
    {
        var lower = word.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\'');
        int split = _englishContractions ? ContractionSplit(lower) : -1;
        if (split > 0)
        {
            var head = lower[..split];
            var tail = lower[split..];
            var headNorm = head switch { "ca" => "can", "wo" => "will", "sha" => "shall", "ai" => "is", _ => head };
            tokens.Add(MakeWord(word[..split], headNorm, offset));
            tokens.Add(MakeWord(word[split..], NormaliseClitic(tail), offset + split));
            return;
        }
        // "cant" and "im" typed without the apostrophe: every part keeps the whole word's span.
        if (_bareContractions.TryGetValue(lower, out var parts))
        {
            foreach (var part in parts) tokens.Add(MakeWord(word, part, offset));
            return;
        }
        tokens.Add(MakeWord(word, lower, offset));
    }

    private Token MakeWord(string text, string norm, int offset) =>
        new(new TextSpan(offset, text.Length), text, norm, Stem(norm), TokenKind.Word);

    private static int ContractionSplit(string lower)
    {
        if (lower.Length > 3 && lower.EndsWith("n't", StringComparison.Ordinal)) return lower.Length - 3;
        foreach (var clitic in Clitics)
            if (lower.Length > clitic.Length && lower.EndsWith(clitic, StringComparison.Ordinal)) return lower.Length - clitic.Length;
        return -1;
    }

    private static readonly string[] Clitics = ["'re", "'ve", "'ll", "'d", "'m", "'s"];

    private static string NormaliseClitic(string clitic) => clitic switch
    {
        "n't" => "not",
        "'re" => "are",
        "'ve" => "have",
        "'ll" => "will",
        "'d" => "would",
        "'m" => "am",
        _ => clitic,
    };

    /// <summary>The word's folded form (<see cref="WordForms"/>), which lexicon patterns match on.</summary>
    public string Stem(string lowerWord)
    {
        if (lowerWord.Length < 3) return lowerWord;
        return _stems.GetOrAdd(lowerWord, _fold);
    }
}
