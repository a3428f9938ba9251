using System.Collections.Immutable;
using static ToneCheck.Lexicons.TokenPattern;

namespace ToneCheck.Lexicons;

/// <summary>Parses the pattern notation of <see cref="TokenPattern"/>; pattern words are stemmed once, at load.</summary>
internal sealed class PatternParser
{
    private readonly Func<string, string> _stem;
    private readonly Dictionary<string, ClassSlot> _classes;
    private string _text = "";
    private int _pos;

    /// <param name="classes">The lexicon's word classes by name; a reference to a class not yet defined adds its slot.</param>
    public PatternParser(Func<string, string> stem, Dictionary<string, ClassSlot> classes)
    {
        _stem = stem;
        _classes = classes;
    }

    /// <summary>The slot of a word class, made empty the first time the class is named.</summary>
    public static ClassSlot SlotOf(Dictionary<string, ClassSlot> classes, string name)
    {
        if (!classes.TryGetValue(name, out var slot)) classes[name] = slot = new ClassSlot();
        return slot;
    }

    /// <summary>The longest gap a pattern may have.</summary>
    public const int MaxGap = 48;

    public TokenPattern Parse(string line)
    {
        string? note = null;
        int arrow = line.IndexOf("=>", StringComparison.Ordinal);
        if (arrow >= 0)
        {
            note = line[(arrow + 2)..].Trim();
            line = line[..arrow].Trim();
        }
        _text = line;
        _pos = 0;
        var root = ParseSequence();
        SkipSpaces();
        if (_pos < _text.Length) throw Error($"unexpected '{_text[_pos]}'");
        return new TokenPattern(line, root, note);
    }

    private Exception Error(string message) => new FormatException($"Pattern '{_text}': {message} at column {_pos + 1}.");

    private Node ParseSequence()
    {
        var items = ImmutableArray.CreateBuilder<Node>();
        while (true)
        {
            SkipSpaces();
            if (_pos >= _text.Length || _text[_pos] is '|' or ')') break;
            items.Add(ParseItem());
        }
        if (items.Count == 0) throw Error("empty pattern");
        return items.Count == 1 ? items[0] : new Sequence(items.ToImmutable());
    }

    private Node ParseItem()
    {
        Node node;
        char c = _text[_pos];
        if (c == '(')
        {
            _pos++;
            var options = ImmutableArray.CreateBuilder<Node>();
            while (true)
            {
                options.Add(ParseSequence());
                if (_pos >= _text.Length) throw Error("missing ')'");
                if (_text[_pos] == ')') { _pos++; break; }
                _pos++; // '|'
            }
            node = options.Count == 1 ? options[0] : new Choice(options.ToImmutable());
        }
        else if (c == '"')
        {
            int close = _text.IndexOf('"', _pos + 1);
            if (close < 0) throw Error("missing closing quote");
            node = new Exact(_text[(_pos + 1)..close].ToLowerInvariant());
            _pos = close + 1;
        }
        else if (_text.AsSpan(_pos).StartsWith("..."))
        {
            _pos += 3;
            int start = _pos;
            while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
            // A gap is a few words; a longer one would only exhaust the step budget, or the span one match can cover.
            // Three digits or more are past the limit whatever they say, and are not parsed.
            int digits = _pos - start;
            int max = digits == 0 ? 4 : digits > 2 ? int.MaxValue : int.Parse(_text[start.._pos]);
            if (max > MaxGap) throw Error($"a gap is at most ...{MaxGap} tokens");
            node = new Gap(max);
        }
        else if (c == '*')
        {
            _pos++;
            node = new Any();
        }
        else
        {
            int start = _pos;
            while (_pos < _text.Length && !char.IsWhiteSpace(_text[_pos]) && _text[_pos] is not ('(' or ')' or '|' or '?' or '"')) _pos++;
            var word = _text[start.._pos];
            if (word.Length == 0) throw Error("expected a word");
            if (word is "@" or "=") throw Error($"expected a word after '{word}'");
            node = word[0] switch
            {
                '@' => new ClassRef(word[1..], SlotOf(_classes, word[1..])),
                '=' => new Exact(word[1..].ToLowerInvariant()),
                _ => WordNode(word.ToLowerInvariant().Replace('\u2019', '\'')),
            };
        }
        if (_pos < _text.Length && _text[_pos] == '?')
        {
            _pos++;
            node = new Optional(node);
        }
        return node;
    }

    // Pattern words are split the way the tokenizer splits text: "co-operate" is co, -, operate;
    // "team's" is team, 's; "won't" is will, not.
    private Node WordNode(string word)
    {
        if (word[0] == '\'' && word.Length > 1) return new Exact(NormaliseClitic(word));
        if (word == "n't") return new Exact("not");
        int hyphen = word.IndexOf('-', 1);
        if (hyphen > 0 && hyphen < word.Length - 1)
            return new Sequence([WordNode(word[..hyphen]), new Exact("-"), WordNode(word[(hyphen + 1)..])]);
        if (word.EndsWith("n't", StringComparison.Ordinal) && word.Length > 3)
        {
            var head = word[..^3] switch { "ca" => "can", "wo" => "will", "sha" => "shall", var h => h };
            return new Sequence([new Word(_stem(head)), new Exact("not")]);
        }
        int apostrophe = word.IndexOf('\'', 1);
        if (apostrophe > 0)
        {
            return new Sequence([new Word(_stem(word[..apostrophe])), new Exact(NormaliseClitic(word[apostrophe..]))]);
        }
        return new Word(_stem(word));
    }

    private static string NormaliseClitic(string clitic) => clitic switch
    {
        "'re" => "are", "'ve" => "have", "'ll" => "will", "'d" => "would", "'m" => "am", var c => c,
    };

    private void SkipSpaces()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
    }
}
