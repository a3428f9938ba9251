using Lucene.Net.Analysis.Id;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace ToneCheck.Text;

/// <summary>
/// How each language folds a word's forms together before lexicon patterns are matched, so that a pattern written
/// once matches the inflected, affixed or mutated forms writers use. Patterns and letters go through the same
/// function, so a lossy fold only needs to be consistent, not linguistically exact. Each function is given a lower
/// case word and must be safe to call from several threads.
/// </summary>
public static class WordForms
{
    /// <summary>The fold for a language: English Snowball stems, Malay via Lucene's Indonesian stemmer (the two share
    /// their affix system), Welsh initial mutations undone, Tagalog affixes, infixes and reduplication removed;
    /// Vietnamese syllables are put in NFC with their tone mark moved to one place, so "hoá" and "hóa" (or an NFD paste)
    /// fold together; its multi-syllable words are token sequences.</summary>
    public static Func<string, string> For(string language) => language switch
    {
        "en" => English(),
        "ms" => Malay(),
        "cy" => Welsh,
        "tl" => Tagalog,
        "vi" => Vietnamese,
        _ => static w => w,
    };

    private static Func<string, string> English()
    {
        var stemmer = new ThreadLocal<EnglishStemmer>(() => new EnglishStemmer());
        return w =>
        {
            var s = stemmer.Value!;
            s.SetCurrent(w);
            s.Stem();
            return s.Current;
        };
    }

    // meN-, ber-, di-, ter-, peN- prefixes and -kan, -i, -an, -nya suffixes: "membayar", "dibayar", "bayaran" -> "bayar".
    // Lucene's stemmer drops the prefix without restoring the consonant that meN-/peN- swallowed ("menamatkan" ->
    // "amat", but "ditamatkan" -> "tamat") and strips roots that only look prefixed ("terima" -> "ima"). So a word is
    // first taken apart against a list of known roots (Data/ms/roots.txt), restoring t/p/k/s after the nasal; only a
    // word with no known root falls back to Lucene.
    private static Func<string, string> Malay()
    {
        var stemmer = new ThreadLocal<IndonesianStemmer>(() => new IndonesianStemmer());
        var roots = MalayRoots.Value;
        return w =>
        {
            if (MalayRoot(w, roots) is { } root) return root;
            var chars = w.ToCharArray();
            int length = stemmer.Value!.Stem(chars, chars.Length, stemDerivational: true);
            return new string(chars, 0, length);
        };
    }

    private static readonly Lazy<HashSet<string>> MalayRoots = new(() =>
    {
        var assembly = typeof(WordForms).Assembly;
        if (!DataFile.HasResource(assembly, "ms/roots.txt")) return new HashSet<string>(StringComparer.Ordinal);
        return new HashSet<string>(DataFile.Parse(DataFile.ReadResource(assembly, "ms/roots.txt"))
            .SelectMany(kv => kv.Value).Select(r => r.ToLowerInvariant()), StringComparer.Ordinal);
    });

    // Prefixes, longest first, each with what the root starts with once the prefix is gone ("" = nothing restored).
    private static readonly (string Prefix, string[] Restore)[] MalayPrefixes =
    [
        ("memper", [""]), ("diper", [""]), ("keber", [""]), ("berke", [""]), ("memb", ["b"]), ("mend", ["d"]),
        ("meng", ["", "k"]), ("meny", ["s"]), ("mem", ["p", "m", ""]), ("men", ["t", "n", ""]), ("me", [""]),
        ("peng", ["", "k"]), ("peny", ["s"]), ("pem", ["p", "m", ""]), ("pen", ["t", "n", ""]), ("per", [""]), ("pe", [""]),
        ("ber", [""]), ("be", [""]), ("di", [""]), ("ter", [""]), ("ke", [""]), ("se", [""]), ("ku", [""]), ("kau", [""]),
    ];

    private static readonly string[] MalayParticles = ["lah", "kah", "pun", "tah"];
    private static readonly string[] MalayPossessives = ["nya", "ku", "mu"];
    private static readonly string[] MalaySuffixes = ["kan", "an", "i"];

    private static string? MalayRoot(string w, HashSet<string> roots)
    {
        if (roots.Count == 0 || w.Length < 3) return null;
        if (roots.Contains(w)) return w;
        foreach (var body in MalayBodies(w))
        {
            if (roots.Contains(body)) return body;
            foreach (var stripped in MalayWithoutSuffix(body))
                if (roots.Contains(stripped)) return stripped;
            foreach (var (prefix, restore) in MalayPrefixes)
            {
                if (!body.StartsWith(prefix, StringComparison.Ordinal) || body.Length - prefix.Length < 2) continue;
                var rest = body.Substring(prefix.Length);
                foreach (var r in restore)
                {
                    var candidate = r + rest;
                    if (roots.Contains(candidate)) return candidate;
                    foreach (var stripped in MalayWithoutSuffix(candidate))
                        if (roots.Contains(stripped)) return stripped;
                }
            }
        }
        return null;
    }

    // The word, then without a particle (-lah, -kah) and/or a possessive (-nya, -ku, -mu).
    private static IEnumerable<string> MalayBodies(string w)
    {
        yield return w;
        foreach (var particle in MalayParticles)
            if (w.EndsWith(particle, StringComparison.Ordinal) && w.Length - particle.Length >= 3) { w = w.Substring(0, w.Length - particle.Length); yield return w; break; }
        foreach (var possessive in MalayPossessives)
            if (w.EndsWith(possessive, StringComparison.Ordinal) && w.Length - possessive.Length >= 3) { yield return w.Substring(0, w.Length - possessive.Length); break; }
    }

    private static IEnumerable<string> MalayWithoutSuffix(string w)
    {
        foreach (var suffix in MalaySuffixes)
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length - suffix.Length >= 3) yield return w.Substring(0, w.Length - suffix.Length);
    }

    // Welsh changes a word's first consonant after certain words ("diolch" -> "ddiolch", "cwsmer" -> "gwsmer",
    // "pris" -> "mhris" / "phris"). Each radical and its mutations fold to one class letter; the fold merges some
    // radicals too (b and p), which a lexicon never notices in practice.
    private static readonly (string From, string To)[] WelshInitials =
    [
        ("ngh", "c"), ("mh", "p"), ("nh", "t"), ("ng", "c"), ("ch", "c"), ("ph", "p"), ("th", "t"),
        ("dd", "t"), ("rh", "r"), ("ll", "l"), ("g", "c"), ("b", "p"), ("d", "t"), ("f", "p"), ("m", "p"),
    ];

    // Clitics written onto a word ("dalu'r", "gwerthfawrogi'n", "mae'n") are dropped from the folded form, so a
    // pattern word matches the word with or without one; patterns that need the clitic match it exactly ("=i'ch").
    private static readonly string[] WelshClitics = ["'n", "'r", "'i", "'u", "'ch", "'w", "'m", "'th", "'s", "'ma", "'na"];

    internal static string Welsh(string w)
    {
        foreach (var clitic in WelshClitics)
            if (w.Length > clitic.Length && w[0] != '\'' && w.EndsWith(clitic, StringComparison.Ordinal)) { w = w.Substring(0, w.Length - clitic.Length); break; }
        w = WithoutAccents(w);
        if (w.Length < 3) return w;
        foreach (var (from, to) in WelshInitials)
            if (w.StartsWith(from, StringComparison.Ordinal) && w.Length > from.Length + 1) return to + w.Substring(from.Length);
        return w;
    }

    // Writers often leave Welsh accents out ("siwr" for "siŵr", "ty" for "tŷ"), so both sides lose them.
    private static string WithoutAccents(string w)
    {
        bool plain = true;
        foreach (char c in w) if (c > '\u007f') { plain = false; break; }
        if (plain) return w;
        var decomposed = w.Normalize(System.Text.NormalizationForm.FormD);
        var kept = new System.Text.StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark) kept.Append(c);
        return kept.ToString().Normalize(System.Text.NormalizationForm.FormC);
    }

    // Tagalog builds verbs with prefixes (mag-, nag-, pag-, paki-, ma-, na-, i-, and ma-/na- stacked on i-: "maibabalik"), infixes (-um-, -in-) and a copied
    // first syllable ("magbabayad", "binayaran", "bumayad", "pakibayaran" -> "bayad"/"bayar"): the affixes go, then
    // the copy. Suffixes -an/-in/-han/-hin go too when a root of four letters or more remains.
    private static readonly string[] TagalogPrefixes =
        ["pakiki", "paki", "nakapag", "makapag", "nakaka", "makaka", "maipag", "naipag", "ipinag", "ipag", "pinag", "nag", "mag", "pag", "nang", "mang", "pang", "mai", "nai", "na", "ma", "pa", "i"];

    // Spelling variants written for one word ("nyo", "niyo", "n'yo" for "ninyo"; "pwede" for "puwede") and the
    // linker -ng / -g on pronouns and particles ("kayong", "pong", "naming") fold to the bare word first.
    private static readonly Dictionary<string, string> TagalogVariants = new(StringComparer.Ordinal)
    {
        ["nyo"] = "ninyo", ["niyo"] = "ninyo", ["n'yo"] = "ninyo", ["n\u2019yo"] = "ninyo", ["nio"] = "ninyo",
        ["ninyong"] = "ninyo", ["niyong"] = "ninyo", ["nyong"] = "ninyo", ["inyong"] = "inyo", ["kayong"] = "kayo",
        ["pong"] = "po", ["hong"] = "ho", ["naming"] = "namin", ["aming"] = "amin", ["nating"] = "natin", ["ating"] = "atin",
        ["kaming"] = "kami", ["tayong"] = "tayo", ["kong"] = "ko", ["mong"] = "mo", ["iyong"] = "iyo",
        ["pwede"] = "puwede", ["pwedeng"] = "puwede", ["puwedeng"] = "puwede", ["pasensiya"] = "pasensya",
        ["kumpanya"] = "kompanya", ["kompanyang"] = "kompanya", ["kumpanyang"] = "kompanya", ["iyon"] = "yun", ["iyun"] = "yun", ["yon"] = "yun",
        ["lagi"] = "palagi", ["laging"] = "palagi", ["palaging"] = "palagi", ["talagang"] = "talaga",
    };

    internal static string Tagalog(string w)
    {
        if (TagalogVariants.TryGetValue(w, out var variant)) w = variant;
        // Linker -ng after a vowel-final word: "tiwalang" -> "tiwala", "huling" -> "huli".
        if (w.Length >= 6 && w.EndsWith("ng", StringComparison.Ordinal) && IsVowel(w[^3]) && !IsVowel(w[^4])) w = w.Substring(0, w.Length - 2);
        if (w.Length < 5) return w;
        foreach (var prefix in TagalogPrefixes)
            if (w.StartsWith(prefix, StringComparison.Ordinal) && w.Length - prefix.Length >= 4) { w = w.Substring(prefix.Length); break; }
        if (w.Length >= 5 && !IsVowel(w[0]) && (w.Substring(1, 2) == "um" || w.Substring(1, 2) == "in")) w = w[0] + w.Substring(3);
        else if (w.Length >= 5 && w.StartsWith("um", StringComparison.Ordinal) || w.StartsWith("in", StringComparison.Ordinal) && w.Length >= 5) w = w.Substring(2);
        if (w.Length >= 6 && !IsVowel(w[0]) && IsVowel(w[1]) && w[0] == w[2] && w[1] == w[3]) w = w.Substring(2);
        foreach (var suffix in new[] { "han", "hin", "an", "in" })
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length - suffix.Length >= 4) return w.Substring(0, w.Length - suffix.Length);
        return w;
    }

    // Vietnamese writes the same syllable with its tone mark on either vowel ("hóa"/"hoá", "thủy"/"thuỷ") and pastes
    // from some keyboards arrive decomposed (NFD). The tone mark (grave, acute, tilde, hook, dot below) is taken off
    // and put back at the end of the syllable; vowel marks (circumflex, breve, horn) and "đ" stay where they are.
    internal static string Vietnamese(string w)
    {
        var decomposed = w.Normalize(System.Text.NormalizationForm.FormD);
        var letters = new System.Text.StringBuilder(decomposed.Length);
        char tone = '\0';
        foreach (char c in decomposed)
        {
            if (c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323') tone = c;
            else letters.Append(c);
        }
        if (tone != '\0') letters.Append(tone);
        return letters.ToString().Normalize(System.Text.NormalizationForm.FormC);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
