using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace ToneCheck.Text;

/// <summary>
/// Finds the parts of a letter line by line: quoted earlier messages and legal footers (never analysed), the
/// letterhead and subject before the greeting, the greeting and its recipient, the sign-off and signature block,
/// and a P.S. after it. What is left is the writer's body, which is then segmented.
/// </summary>
public sealed class LetterParser
{
    private static readonly TimeSpan RegexBudget = TimeSpan.FromMilliseconds(200);

    private static readonly Regex QuoteHeader = new(
        @"^(On\b.{0,200}\bwrote:?|-{2,}\s*(Original|Forwarded) Message\s*-{2,}|Begin forwarded message:|_{10,})\s*$",
        RegexOptions.IgnoreCase | LinearRegex.Options);
    private static readonly Regex OutlookField = new(@"^(From|Sent|Date|To|Cc|Subject):\s", RegexOptions.IgnoreCase | LinearRegex.Options);
    // Subject cues every letter may use, whatever its language; a language adds its own ("V/v", "Perkara") in its data.
    private static readonly string[] EnglishSubjectCues = ["Subject", "Subj", "Re", "RE", "Regarding", "Ref", "Reference"];
    private static readonly Regex ListMarker = new(@"^\s*([-*•·–—▪‣◦●]|\(?[0-9]{1,2}[.)]|\(?[a-zA-Z][.)])\s+", LinearRegex.Options);
    private static readonly Regex PostScript = new(@"^\s*P\.?\s?P?\.?\s?S\.?[:\s]", LinearRegex.Options);
    private static readonly Regex HeaderLike = new(
        @"(\b\d{1,2}(st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b|\b[A-Z][a-z]+\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|@|\bwww\.|https?://|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\+?\d[\d ()-]{7,}\d|\b(Tel|Phone|Mobile|Email|Fax|Web)\b)",
        LinearRegex.Options);

    private readonly Segmenter _segmenter;
    private readonly HashSet<string> _greetings;
    private readonly HashSet<string> _titles;
    private readonly HashSet<string> _notNames;
    private readonly HashSet<string> _signOffs;
    private readonly IReadOnlyList<string> _footerCues;
    private readonly Regex _subjectLine;

    public LetterParser(Segmenter segmenter, IReadOnlyDictionary<string, IReadOnlyList<string>> vocabulary)
    {
        _segmenter = segmenter;
        _greetings = new HashSet<string>(vocabulary["greetings"], StringComparer.OrdinalIgnoreCase);
        _titles = new HashSet<string>(vocabulary["titles"], StringComparer.OrdinalIgnoreCase);
        _notNames = new HashSet<string>(vocabulary["not-names"], StringComparer.OrdinalIgnoreCase);
        _signOffs = new HashSet<string>(vocabulary["sign-offs"], StringComparer.OrdinalIgnoreCase);
        _footerCues = vocabulary["footer-cues"];
        var cues = EnglishSubjectCues.Concat(vocabulary.TryGetValue("subject-cues", out var own) ? own : []);
        _subjectLine = new Regex(@"^\s*(" + string.Join("|", cues.Select(Regex.Escape)) + @")\s*:", LinearRegex.Options);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<LetterParser>> s_byLanguage = new(StringComparer.Ordinal);

    public static LetterParser English => For("en");

    /// <summary>The parser of a language with data (Data/&lt;lang&gt;/structure.txt: greetings, sign-offs, titles...).</summary>
    public static LetterParser For(string language) => s_byLanguage.GetOrAdd(language, static l => new Lazy<LetterParser>(() =>
        new LetterParser(Segmenter.For(l), DataFile.Parse(DataFile.ReadResource(typeof(LetterParser).Assembly, $"{l}/structure.txt"))))).Value;

    public Letter Parse(SourceText text, string path)
    {
        var lines = text.Lines;
        var raw = new string[lines.Count];
        var regions = new LetterRegion[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            raw[i] = text.ToString(lines[i].Span);
            regions[i] = string.IsNullOrWhiteSpace(raw[i]) ? LetterRegion.Blank : LetterRegion.Body;
        }

        int end = MarkQuoted(raw, regions);
        var (greetingLine, greetingSpan, names) = FindGreeting(text, raw, regions, end);
        MarkHeader(raw, regions, greetingLine, end);
        var signOffLine = MarkClosing(raw, regions, greetingLine, end);
        MarkFooter(raw, regions, end, signOffLine);

        TextSpan? signOffSpan = signOffLine >= 0 ? TrimmedSpan(text, lines[signOffLine].Span) : null;
        var paragraphs = Segment(text, raw, regions, greetingLine, greetingSpan);
        return new Letter(text, path, regions.ToImmutableArray(), greetingSpan, signOffSpan, names, paragraphs);
    }

    // Quoted lines ("> ...") anywhere, and everything from a reply or forward header to the end.
    private static int MarkQuoted(string[] raw, LetterRegion[] regions)
    {
        int end = raw.Length;
        for (int i = 0; i < raw.Length; i++)
        {
            var line = raw[i].Trim();
            bool header = QuoteHeader.IsMatch(line)
                || (line.StartsWith("On ", StringComparison.Ordinal) && i + 1 < raw.Length && raw[i + 1].TrimEnd().EndsWith("wrote:", StringComparison.Ordinal))
                || (OutlookField.IsMatch(line) && line.StartsWith("From", StringComparison.OrdinalIgnoreCase) && CountOutlookFields(raw, i) >= 3);
            if (header)
            {
                end = i;
                break;
            }
        }
        for (int i = 0; i < raw.Length; i++)
            if (i >= end || raw[i].TrimStart().StartsWith('>')) regions[i] = LetterRegion.Quoted;
        return end;
    }

    private static int CountOutlookFields(string[] raw, int from)
    {
        int count = 0;
        for (int i = from; i < Math.Min(raw.Length, from + 6); i++)
            if (OutlookField.IsMatch(raw[i].Trim())) count++;
        return count;
    }

    private (int Line, TextSpan? Span, ImmutableArray<string> Names) FindGreeting(SourceText text, string[] raw, LetterRegion[] regions, int end)
    {
        int seen = 0;
        for (int i = 0; i < end && seen < 20; i++)
        {
            if (regions[i] != LetterRegion.Body) continue;
            seen++;
            var line = raw[i];
            if (_subjectLine.IsMatch(line)) continue;
            int length = GreetingLength(line, out var names);
            if (length > 0 && !OpensWithGreetingWord(line) && ProseBefore(raw, regions, i)) length = 0;
            if (length > 0)
            {
                int start = line.Length - line.TrimStart().Length;
                var span = new TextSpan(text.Lines[i].Start + start, length - start);
                return (i, span, names);
            }
        }
        return (-1, null, ImmutableArray<string>.Empty);
    }

    // Length of the salutation at the start of the line (0 when the line does not open with one), and the
    // recipient's name words. "Hey Callum, sorry to do this..." greets in its first two words and goes on.
    private int GreetingLength(string line, out ImmutableArray<string> names)
    {
        names = ImmutableArray<string>.Empty;
        var words = WordRegex.Matches(line);
        if (words.Count == 0) return 0;
        int w = 0;
        if (w + 1 < words.Count && _greetings.Contains(words[0].Value + " " + words[1].Value)) w = 2;
        else if (_greetings.Contains(words[0].Value)) w = 1;
        bool opensWithGreeting = w > 0;
        if (opensWithGreeting && words[0].Value.Equals("to", StringComparison.OrdinalIgnoreCase) && words.Count > 1 && char.IsLower(words[1].Value[0])) return 0;

        // "Kính gửi: Ban Giám đốc Công ty TNHH Hòa Bình": a salutation followed by a colon names the addressee in the
        // rest of the line, whatever its capitals (a company, a board, a title), so the whole line is the greeting.
        if (opensWithGreeting)
        {
            var tail = line[(words[w - 1].Index + words[w - 1].Length)..].TrimStart();
            var addressee = tail.Length > 1 ? tail[1..].Trim() : "";
            if (tail.StartsWith(":", StringComparison.Ordinal) && addressee.Length > 0 && char.IsUpper(addressee[0])
                && addressee.IndexOfAny(['.', '!', '?']) < 0 && words.Count - w <= 12)
                return line.TrimEnd().Length;
        }

        // The salutation runs to the first comma, colon, dash or '!' within a few words, or to the end of a short line.
        var builder = ImmutableArray.CreateBuilder<string>();
        int limit = opensWithGreeting ? 7 : 4;
        int i = w;
        for (; i < words.Count && i < w + limit; i++)
        {
            var m = words[i];
            var between = line[(i == 0 ? 0 : words[i - 1].Index + words[i - 1].Length)..m.Index];
            if (i > w && ClosesGreeting(between)) break;
            var word = m.Value;
            if (_titles.Contains(word.TrimEnd('.'))) continue;
            if (_notNames.Contains(word)) continue;
            if (!char.IsUpper(word[0])) { if (!opensWithGreeting) return 0; break; }
            builder.Add(word.ToLowerInvariant());
        }
        if (i == 0) return 0;
        int after = words[i - 1].Index + words[i - 1].Length;
        var rest = line[after..];
        var trimmedRest = rest.TrimStart();
        bool punctuated = trimmedRest.Length > 0 && trimmedRest[0] is ',' or ':' or '!' or '-' or '–' or '—';
        bool lineEnds = trimmedRest.Length == 0;
        if (!opensWithGreeting)
        {
            if (IsSignOff(line)) return 0; // "Regards," is a closing, not a name
            // A bare name line ("Mr Haines," / "Tom,") greets only when it is short and ends in a comma.
            if (!(punctuated && trimmedRest.TrimEnd().Length == 1 && trimmedRest[0] == ',') || builder.Count == 0 || builder.Count > 3) return 0;
        }
        else if (!punctuated && !lineEnds && i < words.Count)
        {
            return 0; // "Hi" followed by prose without a break is not a salutation line we can delimit.
        }
        names = builder.ToImmutable();
        return after + (punctuated ? rest.Length - trimmedRest.Length + 1 : 0);
    }

    private bool OpensWithGreetingWord(string line)
    {
        var words = WordRegex.Matches(line);
        return words.Count > 0 && (_greetings.Contains(words[0].Value) || (words.Count > 1 && _greetings.Contains(words[0].Value + " " + words[1].Value)));
    }

    // A bare name line ("Tom,") greets only when nothing but header lines comes before it.
    private bool ProseBefore(string[] raw, LetterRegion[] regions, int line)
    {
        for (int i = 0; i < line; i++)
            if (regions[i] == LetterRegion.Body && !_subjectLine.IsMatch(raw[i]) && !LooksLikeHeaderLine(raw[i])) return true;
        return false;
    }

    private static bool ClosesGreeting(string between) => between.IndexOfAny([',', ':', '!', '-', '–', '—', ';']) >= 0;

    private static readonly Regex WordRegex = new(@"[\p{L}][\p{L}\p{M}'’./]*", LinearRegex.Options);

    // Before the greeting: letterhead, addresses, date, subject. Without a greeting: the leading paragraphs whose
    // lines all look like header lines (short, unpunctuated, or holding a date, postcode, phone or address).
    private void MarkHeader(string[] raw, LetterRegion[] regions, int greetingLine, int end)
    {
        if (greetingLine >= 0)
        {
            for (int i = 0; i < greetingLine; i++)
                if (regions[i] == LetterRegion.Body) regions[i] = _subjectLine.IsMatch(raw[i]) ? LetterRegion.Subject : LetterRegion.Header;
            regions[greetingLine] = LetterRegion.Greeting;
            // Formal letters put the reference line after the greeting ("RE: NOTICE REQUIRING POSSESSION").
            for (int i = greetingLine + 1; i < end && i <= greetingLine + 4; i++)
            {
                if (regions[i] == LetterRegion.Blank) continue;
                if (_subjectLine.IsMatch(raw[i]) || IsCapitalHeading(raw[i])) regions[i] = LetterRegion.Subject;
                break;
            }
            return;
        }
        // A notice without a greeting may open with a heading in capitals ("ABISO SA MGA KUSTOMER NG BRGY. SAN
        // ISIDRO:", "NOTIS PENAMATAN PERKHIDMATAN - PELAN FIBER"): its subject, as a capital line under a greeting
        // is, provided the letter goes on after it.
        int opening = Array.IndexOf(regions, LetterRegion.Body, 0, end);
        if (opening >= 0 && IsCapitalHeading(raw[opening]) && Array.IndexOf(regions, LetterRegion.Body, opening + 1, end - opening - 1) >= 0)
            regions[opening] = LetterRegion.Subject;
        int p = 0;
        while (p < end)
        {
            while (p < end && regions[p] != LetterRegion.Body) p++;
            int q = p;
            while (q < end && regions[q] == LetterRegion.Body) q++;
            if (p >= end) break;
            bool header = true;
            for (int i = p; i < q; i++)
                if (!_subjectLine.IsMatch(raw[i]) && !LooksLikeHeaderLine(raw[i])) header = false;
            if (!header) break;
            for (int i = p; i < q; i++) regions[i] = _subjectLine.IsMatch(raw[i]) ? LetterRegion.Subject : LetterRegion.Header;
            p = q;
        }
    }

    // Formal letters often put the subject in capitals under the greeting with no "Re:" ("PENAMATAN PERKHIDMATAN
    // KATERING"): three or more words, every letter upper case, and no sentence punctuation at its end or a '!'.
    private static bool IsCapitalHeading(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.Contains('!') || trimmed[^1] is '.' or '?') return false;
        int words = 0;
        bool inWord = false;
        foreach (char c in trimmed)
        {
            if (char.IsLower(c)) return false;
            bool letter = char.IsLetter(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words >= 3;
    }

    private const int MaxHeaderLineWords = 16;

    private bool LooksLikeHeaderLine(string line)
    {
        var t = line.Trim();
        int words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        // A date or an address makes a letterhead line only on a short line: a one-paragraph notice that names its
        // date and ends with its sender's name, unpunctuated, is the whole letter, not its header.
        if (words <= MaxHeaderLineWords && HeaderLike.IsMatch(t) && !t.EndsWith('.')) return true;
        return words <= 6 && !(t.EndsWith('.') || t.EndsWith('!') || t.EndsWith('?') || t.EndsWith(','));
    }

    // The sign-off is the last line, near the end, that holds only a closing phrase; what follows it is the
    // signature, except a P.S. paragraph. Without a sign-off, a short unpunctuated last paragraph is the signature.
    private int MarkClosing(string[] raw, LetterRegion[] regions, int greetingLine, int end)
    {
        int signOff = -1;
        int nonBlankSeen = 0;
        for (int i = end - 1; i > greetingLine && nonBlankSeen < 15; i--)
        {
            if (regions[i] == LetterRegion.Blank || regions[i] == LetterRegion.Quoted) continue;
            nonBlankSeen++;
            if (IsSignOff(raw[i])) { signOff = i; break; }
        }

        if (signOff >= 0)
        {
            regions[signOff] = LetterRegion.SignOff;
            bool postScript = false;
            for (int i = signOff + 1; i < end; i++)
            {
                if (regions[i] == LetterRegion.Quoted) continue;
                if (regions[i] == LetterRegion.Blank) { continue; }
                if (PostScript.IsMatch(raw[i])) postScript = true;
                else if (postScript && i > 0 && regions[i - 1] == LetterRegion.Blank) postScript = PostScript.IsMatch(raw[i]);
                regions[i] = postScript ? LetterRegion.PostScript : LetterRegion.Signature;
            }
            return signOff;
        }

        // No sign-off: take trailing short lines without sentence punctuation ("Anna", "Hive Coworking Management").
        int last = end - 1;
        while (last > greetingLine && regions[last] is LetterRegion.Blank or LetterRegion.Quoted) last--;
        int first = last;
        while (first - 1 > greetingLine && regions[first - 1] == LetterRegion.Body) first--;
        if (last <= greetingLine || first == 0 && greetingLine < 0 && CountBodyParagraphs(regions) <= 1) return -1;
        bool signature = true;
        for (int i = first; i <= last; i++)
        {
            var t = raw[i].Trim();
            int words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            bool shortLine = words <= 6 && !(t.EndsWith('.') && !IsInitialOrAbbrev(t)) && !t.EndsWith('?') && !t.EndsWith('!');
            // A phone number, address or e-mail line belongs to a signature; a sentence that mentions a date does not.
            bool contactLine = words <= 10 && HeaderLike.IsMatch(t) && !t.EndsWith('.');
            if (!shortLine && !contactLine) signature = false;
        }
        if (signature && CountBodyParagraphs(regions) > 1)
            for (int i = first; i <= last; i++) regions[i] = LetterRegion.Signature;
        return -1;
    }

    private static bool IsInitialOrAbbrev(string t) => t.Length >= 2 && char.IsUpper(t[^2]) && (t.Length == 2 || t[^3] == ' ');

    private static int CountBodyParagraphs(LetterRegion[] regions)
    {
        int count = 0;
        for (int i = 0; i < regions.Length; i++)
            if (regions[i] == LetterRegion.Body && (i == 0 || regions[i - 1] != LetterRegion.Body)) count++;
        return count;
    }

    private bool IsSignOff(string line)
    {
        var t = line.Trim().TrimEnd(',', '.', '!', '-', '–', ' ').Replace('’', '\'');
        if (t.Length == 0 || t.Length > 40) return false;
        return _signOffs.Contains(t) || _signOffs.Contains(string.Join(' ', t.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    // A closing paragraph that carries a confidentiality or registration cue is a footer.
    private void MarkFooter(string[] raw, LetterRegion[] regions, int end, int signOffLine)
    {
        int i = end - 1;
        int paragraphsChecked = 0;
        while (i >= 0 && paragraphsChecked < 3)
        {
            while (i >= 0 && regions[i] is LetterRegion.Blank or LetterRegion.Quoted) i--;
            if (i < 0) break;
            int last = i;
            while (i >= 0 && regions[i] is not (LetterRegion.Blank or LetterRegion.Quoted)) i--;
            int first = i + 1;
            paragraphsChecked++;
            var paragraph = string.Join(" ", raw, first, last + 1 - first).ToLowerInvariant();
            int cues = _footerCues.Count(c => paragraph.Contains(c, StringComparison.Ordinal));
            bool afterSignature = signOffLine >= 0 && signOffLine < first;
            if (cues >= 2 || (cues == 1 && afterSignature))
                for (int k = first; k <= last; k++) regions[k] = LetterRegion.Footer;
        }
    }

    private ImmutableArray<Paragraph> Segment(SourceText text, string[] raw, LetterRegion[] regions, int greetingLine, TextSpan? greeting)
    {
        var blocks = new List<(TextSpan Span, LetterRegion Region, bool IsList)>();
        var lines = text.Lines;
        int i = 0;
        while (i < raw.Length)
        {
            var region = regions[i];
            bool writerLine = region.IsWritersText() || (i == greetingLine && greeting is { } g && g.End < lines[i].End && !string.IsNullOrWhiteSpace(text.ToString(TextSpan.FromBounds(g.End, lines[i].End))));
            if (!writerLine) { i++; continue; }
            int start = i == greetingLine && greeting is { } gs ? gs.End : lines[i].Start;
            var blockRegion = region == LetterRegion.Greeting ? LetterRegion.Body : region;
            bool isList = ListMarker.IsMatch(raw[i]);
            int j = i + 1;
            // Subject lines are blocks of their own; other blocks run until a blank line, a region change or a new list item.
            while (blockRegion != LetterRegion.Subject && j < raw.Length && regions[j] == blockRegion && !ListMarker.IsMatch(raw[j])) j++;
            var span = TextSpan.FromBounds(start, lines[j - 1].End);
            if (isList)
            {
                int markerEnd = ListMarker.Match(raw[i]).Length;
                span = TextSpan.FromBounds(lines[i].Start + markerEnd, span.End);
            }
            if (blockRegion == LetterRegion.Subject)
            {
                int colon = raw[i].IndexOf(':');
                span = TextSpan.FromBounds(lines[i].Start + colon + 1, span.End);
            }
            span = TrimmedSpan(text, span);
            if (!span.IsEmpty) blocks.Add((span, blockRegion, isList));
            i = j;
        }

        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>(blocks.Count);
        int sentenceIndex = 0;
        foreach (var block in blocks)
        {
            var sentences = ImmutableArray.CreateBuilder<Sentence>();
            foreach (var s in _segmenter.SplitSentences(text, block.Span))
            {
                var tokens = _segmenter.Tokenize(text, s);
                if (tokens.IsEmpty) continue;
                sentences.Add(new Sentence(sentenceIndex++, s, text.ToString(s), block.Region, paragraphs.Count, block.IsList, tokens));
            }
            if (sentences.Count > 0)
                paragraphs.Add(new Paragraph(paragraphs.Count, block.Span, block.Region, block.IsList, sentences.ToImmutable()));
        }
        return paragraphs.ToImmutable();
    }

    private static TextSpan TrimmedSpan(SourceText text, TextSpan span)
    {
        int s = span.Start, e = span.End;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return TextSpan.FromBounds(s, e);
    }
}
