using ToneCheck.Text;
using static ToneCheck.Text.Tests.TestLetters;

namespace ToneCheck.Text.Tests;

/// <summary>Sentences, list items and tokens, with spans that point exactly into the original text.</summary>
public class SegmentationTests
{
    [Fact]
    public void Abbreviations_do_not_split_sentences()
    {
        var letter = Letter.Parse(
            "We have asked Dr. Hall and Mr. Patel of Brightside Inc. to send your records, e.g. X-rays and notes, by Friday. " +
            "They will confirm by email.");

        Assert.Equal(
            [
                "We have asked Dr. Hall and Mr. Patel of Brightside Inc. to send your records, e.g. X-rays and notes, by Friday.",
                "They will confirm by email.",
            ],
            SentenceTexts(letter));
    }

    [Theory]
    [InlineData("Mr.")]
    [InlineData("Mrs.")]
    [InlineData("Dr.")]
    [InlineData("e.g.")]
    [InlineData("i.e.")]
    public void Abbreviation_before_a_capitalised_word_does_not_end_the_sentence(string abbreviation)
    {
        var letter = Letter.Parse($"Your files will go to {abbreviation} Morgan at the new practice next week. The final invoice follows.");

        Assert.Equal(2, letter.Sentences.Length);
        Assert.StartsWith("Your files will go to " + abbreviation + " Morgan", letter.Sentences[0].Text);
    }

    [Fact]
    public void Bullets_become_separate_list_item_paragraphs()
    {
        var letter = Letter.Parse(Lines(
            "Hi Sam,",
            "",
            "To make the handover easy:",
            "- we will send all files by Friday;",
            "- the final invoice will follow on 30 June;",
            "* our last visit is on 28 June.",
            "1. Your deposit will be refunded in full.",
            "",
            "Best,",
            "Alex"));

        Assert.Equal(
            [
                "To make the handover easy:",
                "we will send all files by Friday;",
                "the final invoice will follow on 30 June;",
                "our last visit is on 28 June.",
                "Your deposit will be refunded in full.",
            ],
            SentenceTexts(letter));
        Assert.Equal(5, letter.Paragraphs.Length);
        Assert.False(letter.Paragraphs[0].IsListItem);
        Assert.All(letter.Paragraphs.Skip(1), p => Assert.True(p.IsListItem));
        Assert.All(letter.Sentences.Skip(1), s => Assert.True(s.IsListItem));
        Assert.Equal([0, 1, 2, 3, 4], letter.Sentences.Select(s => s.ParagraphIndex));
    }

    [Fact]
    public void Hard_wrapped_lines_stay_one_sentence()
    {
        var letter = Letter.Parse(Lines(
            "We are writing to let you know that our agreement will",
            "end on 30 June 2025, and that your final invoice will",
            "follow shortly after. Thank you for the last four years."));

        Assert.Equal(2, letter.Sentences.Length);
        Assert.Equal(
            "We are writing to let you know that our agreement will end on 30 June 2025, and that your final invoice will follow shortly after.",
            Collapse(letter.Sentences[0].Text));
        Assert.Equal("Thank you for the last four years.", letter.Sentences[1].Text);
        Assert.Single(letter.Paragraphs);
    }

    private static readonly string MixedLetter = Lines(
        "Subject: Ending our agreement",
        "",
        "Dear Ms Lee,",
        "",
        "Thank you for trusting us with your accounts. We are writing to let you know",
        "that our agreement will end on 30 June 2025.",
        "",
        "- your files will be sent by Friday;",
        "- the final invoice will follow.",
        "",
        "Kind regards,",
        "Anna");

    [Fact]
    public void Crlf_cr_and_lf_line_endings_give_identical_sentences_and_regions()
    {
        var lf = Letter.Parse(MixedLetter);
        var crlf = Letter.Parse(MixedLetter.Replace("\n", "\r\n"));
        var cr = Letter.Parse(MixedLetter.Replace("\n", "\r"));

        string[] Texts(Letter l) => l.Sentences.Select(s => Collapse(s.Text)).ToArray();
        Assert.Equal(5, lf.Sentences.Length);
        Assert.Equal(Texts(lf), Texts(crlf));
        Assert.Equal(Texts(lf), Texts(cr));
        Assert.Equal(lf.LineRegions.ToArray(), crlf.LineRegions.ToArray());
        Assert.Equal(lf.LineRegions.ToArray(), cr.LineRegions.ToArray());
        Assert.Equal(lf.Sentences.Select(s => s.Region), crlf.Sentences.Select(s => s.Region));
        Assert.Equal(lf.Sentences.Select(s => s.Region), cr.Sentences.Select(s => s.Region));
        Assert.Equal(lf.RecipientNames.ToArray(), crlf.RecipientNames.ToArray());
        Assert.Equal(lf.RecipientNames.ToArray(), cr.RecipientNames.ToArray());

        // Sentences that do not span a line break are identical character for character.
        Assert.Equal(lf.Sentences[1].Text, crlf.Sentences[1].Text);
        Assert.Equal(lf.Sentences[1].Text, cr.Sentences[1].Text);

        foreach (var letter in new[] { lf, crlf, cr }) AssertSpansExact(letter);
    }

    [Fact]
    public void Smart_quotes_and_emoji_keep_exact_spans()
    {
        var letter = Letter.Parse(Lines(
            "Hi Priya,",
            "",
            "We’re so grateful for your trust 🙏 – it’s been a “real” pleasure. Thanks 👍🏽 for everything!",
            "Your files (‘final’ versions) will follow… 📁 by Friday.",
            "",
            "Best,",
            "Sam 😊"));

        Assert.NotEmpty(letter.Sentences);
        AssertSpansExact(letter);
        SentenceWith(letter, "“real” pleasure");
        SentenceWith(letter, "(‘final’ versions)");

        var tokens = letter.Sentences.SelectMany(s => s.Tokens).ToList();
        var were = tokens.FindIndex(t => t.Text == "We");
        Assert.True(were >= 0, "no 'We' token in: " + string.Join(" | ", tokens.Select(t => t.Text)));
        Assert.Equal("’re", tokens[were + 1].Text);
        Assert.Equal("are", tokens[were + 1].Norm);
        Assert.Contains(tokens, t => t.Text == "grateful" && t.IsWord);
    }

    [Fact]
    public void Contractions_are_split_and_normalised()
    {
        var letter = Letter.Parse("We don't think it's fair, so we won't continue and you're free to go; I'm sure they've agreed and we'll help.");

        var tokens = Assert.Single(letter.Sentences).Tokens;
        string Describe() => string.Join(" | ", tokens.Select(t => $"{t.Text}/{t.Norm}"));

        AssertPair(tokens, "do", "n't", "do", "not", Describe);
        AssertPair(tokens, "wo", "n't", "will", "not", Describe);
        AssertPair(tokens, "you", "'re", "you", "are", Describe);
        AssertPair(tokens, "I", "'m", "i", "am", Describe);
        AssertPair(tokens, "they", "'ve", "they", "have", Describe);
        AssertPair(tokens, "we", "'ll", "we", "will", Describe);
        AssertPair(tokens, "it", "'s", "it", "'s", Describe);
        AssertSpansExact(letter);
    }

    [Fact]
    public void Tokens_carry_kind_stem_and_shouting()
    {
        var letter = Letter.Parse("DO NOT call the office again after 3 May, OK?");
        var tokens = Assert.Single(letter.Sentences).Tokens;

        Assert.True(tokens.First(t => t.Text == "DO").IsShouted);
        Assert.True(tokens.First(t => t.Text == "NOT").IsShouted);
        Assert.False(tokens.First(t => t.Text == "call").IsShouted);
        Assert.Equal(TokenKind.Number, tokens.First(t => t.Text == "3").Kind);
        Assert.Equal(TokenKind.Punctuation, tokens.First(t => t.Text == ",").Kind);
        Assert.DoesNotContain(tokens, t => string.IsNullOrWhiteSpace(t.Text));

        var failed = Letter.Parse("The payments failed.").Sentences[0].Tokens.First(t => t.Text == "failed");
        Assert.Equal("fail", failed.Stem);
    }

    private static void AssertPair(IReadOnlyList<Token> tokens, string head, string tail, string headNorm, string tailNorm, Func<string> describe)
    {
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Text != head || tokens[i + 1].Text != tail) continue;
            Assert.True(tokens[i].Norm == headNorm && tokens[i + 1].Norm == tailNorm,
                $"'{head}{tail}' normalised to '{tokens[i].Norm} {tokens[i + 1].Norm}', expected '{headNorm} {tailNorm}'. Tokens: {describe()}");
            Assert.Equal(tokens[i].Span.End, tokens[i + 1].Span.Start);
            return;
        }
        Assert.Fail($"'{head}{tail}' was not split into '{head}' + '{tail}'. Tokens: {describe()}");
    }

    /// <summary>Every sentence's and token's span points at exactly its text in the original letter.</summary>
    internal static void AssertSpansExact(Letter letter)
    {
        foreach (var sentence in letter.Sentences)
        {
            Assert.Equal(sentence.Text, letter.Text.ToString(sentence.Span));
            foreach (var token in sentence.Tokens)
            {
                Assert.Equal(token.Text, letter.Text.ToString(token.Span));
                Assert.True(sentence.Span.Contains(token.Span), $"token '{token.Text}' {token.Span} lies outside sentence {sentence.Span}");
            }
        }
        foreach (var paragraph in letter.Paragraphs)
            Assert.All(paragraph.Sentences, s => Assert.True(paragraph.Span.Contains(s.Span)));
    }
}
