using Microsoft.CodeAnalysis.Text;
using ToneCheck.Text;
using static ToneCheck.Text.LetterRegion;
using static ToneCheck.Text.Tests.TestLetters;

namespace ToneCheck.Text.Tests;

/// <summary>
/// What each line of a letter is: letterhead, subject, greeting, body, sign-off, signature, P.S., quoted reply,
/// footer. Only the writer's own text (subject, body, P.S.) becomes sentences.
/// </summary>
public class LetterStructureTests
{
    [Fact]
    public void Formal_letter_has_letterhead_date_subject_greeting_body_signoff_and_signature()
    {
        var letter = Letter.Parse(Lines(
            "Brightside Bookkeeping Ltd",                                                   // 0
            "14 Mill Lane, Leeds LS1 4AB",                                                  // 1
            "Tel: 0113 496 0000",                                                           // 2
            "",                                                                             // 3
            "3 March 2025",                                                                 // 4
            "",                                                                             // 5
            "Subject: Ending our bookkeeping agreement",                                    // 6
            "",                                                                             // 7
            "Dear Ms Lee,",                                                                 // 8
            "",                                                                             // 9
            "Thank you for trusting us with your accounts over the past three years.",      // 10
            "We will stop providing bookkeeping services on 30 June 2025.",                 // 11
            "",                                                                             // 12
            "Kind regards,",                                                                // 13
            "Anna Patel",                                                                   // 14
            "Brightside Bookkeeping"));                                                     // 15

        AssertRegions(letter,
            Header, Header, Header, Blank, Header, Blank, Subject, Blank, Greeting, Blank,
            Body, Body, Blank, SignOff, Signature, Signature);

        Assert.Equal(new[] { "lee" }, letter.RecipientNames.ToArray());
        Assert.NotNull(letter.Greeting);
        Assert.Equal("Dear Ms Lee,", letter.Text.ToString(letter.Greeting!.Value));
        Assert.NotNull(letter.SignOff);
        Assert.Equal("Kind regards,", letter.Text.ToString(letter.SignOff!.Value));

        Assert.Equal(
            [
                "Ending our bookkeeping agreement",
                "Thank you for trusting us with your accounts over the past three years.",
                "We will stop providing bookkeeping services on 30 June 2025.",
            ],
            SentenceTexts(letter));
        Assert.Equal(Subject, letter.Sentences[0].Region);
        Assert.Equal(Body, letter.Sentences[1].Region);
        Assert.Equal(Body, letter.Sentences[2].Region);
        Assert.Equal(2, letter.BodySentences.Count());
    }

    [Theory]
    [InlineData("Dear Ms Lee,", "lee")]
    [InlineData("Hi Julie,", "julie")]
    [InlineData("Dear Mr Haines,", "haines")]
    [InlineData("Hello Dr Fenwick,", "fenwick")]
    public void Greeting_names_the_recipient(string greeting, string name)
    {
        var letter = Letter.Parse(Lines(
            greeting,
            "",
            "Thank you for your business over the past two years. Our agreement will end on 30 June.",
            "",
            "Best wishes,",
            "Alex"));

        AssertRegions(letter, Greeting, Blank, Body, Blank, SignOff, Signature);
        Assert.Equal(new[] { name }, letter.RecipientNames.ToArray());
        Assert.Equal(greeting, letter.Text.ToString(letter.Greeting!.Value));
        Assert.Equal(2, letter.Sentences.Length);
        NoSentenceWith(letter, greeting.TrimEnd(','));
    }

    [Fact]
    public void A_salutation_with_a_colon_takes_the_addressee_line_whole()
    {
        // A formal Vietnamese letter greets a company's board with "Kính gửi:" and no comma; without this the
        // letterhead above it would be read as the first lines of the body.
        var letter = LetterParser.For("vi").Parse(SourceText.From(Lines(
            "CÔNG TY TNHH IN ẤN MINH PHÁT",
            "",
            "Kính gửi: Ban Giám đốc Công ty TNHH Thương mại Hòa Bình",
            "",
            "Công ty chúng tôi xin thông báo chấm dứt hợp đồng từ ngày 1/7.",
            "",
            "Trân trọng,",
            "Nguyễn Văn An")), "");
        Assert.Equal("Kính gửi: Ban Giám đốc Công ty TNHH Thương mại Hòa Bình", letter.Text.ToString(letter.Greeting!.Value));
        Assert.Equal(["Công ty chúng tôi xin thông báo chấm dứt hợp đồng từ ngày 1/7."], SentenceTexts(letter));
        // A colon followed by prose is not an addressee: the sentence stays in the body.
        var prose = Letter.Parse(Lines("Hi: we are ending the contract on 1 May.", "", "Sam"));
        Assert.Contains(SentenceTexts(prose), t => t.Contains("ending the contract"));
    }

    [Fact]
    public void A_one_line_notice_with_a_date_and_its_senders_name_is_body_not_letterhead()
    {
        var letter = Letter.Parse("Please note that Riverside Storage will close your unit at 14 Dock Road on 30 September 2025, when the site "
            + "is sold; you can collect your belongings until 3 October, and our partner ParkSafe in Leyton has units free. Riverside Storage Team");
        Assert.Contains(SentenceTexts(letter), t => t.StartsWith("Please note that Riverside Storage will close your unit"));
        // A short line holding a date is still a letterhead line.
        var dated = Letter.Parse(Lines("14 Dock Road, London E14 3AB", "30 September 2025", "", "Dear Ms Shah,", "", "Your unit will close.", "", "Regards,", "Jo"));
        Assert.Equal(["Your unit will close."], SentenceTexts(dated));
    }

    [Fact]
    public void Inline_greeting_keeps_the_rest_of_the_line_as_body()
    {
        var letter = Letter.Parse("Hey Callum, sorry to do this but I'm going to stop our sessions. Thursday the 12th will be our last one.");

        AssertRegions(letter, Greeting);
        Assert.Equal(new[] { "callum" }, letter.RecipientNames.ToArray());
        Assert.Equal("Hey Callum,", letter.Text.ToString(letter.Greeting!.Value));
        Assert.Equal(
            ["sorry to do this but I'm going to stop our sessions.", "Thursday the 12th will be our last one."],
            SentenceTexts(letter));
        Assert.All(letter.Sentences, s => Assert.Equal(Body, s.Region));
        Assert.Null(letter.SignOff);
    }

    [Fact]
    public void Bare_name_line_is_a_greeting()
    {
        var letter = Letter.Parse(Lines(
            "Mr Haines,",
            "",
            "Following the incident with our community manager on 2 May, your membership is cancelled with immediate effect.",
            "",
            "We wish you well with your next workspace.",
            "",
            "Hive Coworking"));

        AssertRegions(letter, Greeting, Blank, Body, Blank, Body, Blank, Signature);
        Assert.Equal(new[] { "haines" }, letter.RecipientNames.ToArray());
        Assert.Equal("Mr Haines,", letter.Text.ToString(letter.Greeting!.Value));
        Assert.Equal(2, letter.Sentences.Length);
        NoSentenceWith(letter, "Hive Coworking");
    }

    [Fact]
    public void Sentence_ending_in_a_comma_after_a_name_is_not_a_greeting_line()
    {
        // "Julie, you never responded ..." opens with a name but goes on: it is body text, not a bare name line.
        var letter = Letter.Parse("Julie, you never responded to our reminders about the March invoice.");

        Assert.Null(letter.Greeting);
        Assert.Single(letter.Sentences);
        Assert.Equal(Body, letter.Sentences[0].Region);
    }

    [Fact]
    public void Postscript_after_the_signature_is_writers_text()
    {
        var letter = Letter.Parse(Lines(
            "Hi Julie,",                                                                                    // 0
            "",                                                                                             // 1
            "Thank you for choosing our studio for your launches. Our agreement will end on 30 June.",      // 2
            "",                                                                                             // 3
            "Best wishes,",                                                                                 // 4
            "Tom",                                                                                          // 5
            "Studio Nine",                                                                                  // 6
            "",                                                                                             // 7
            "P.S. Your final files are in the shared folder."));                                            // 8

        AssertRegions(letter, Greeting, Blank, Body, Blank, SignOff, Signature, Signature, Blank, PostScript);
        var ps = SentenceWith(letter, "Your final files are in the shared folder.");
        Assert.Equal(PostScript, ps.Region);
        Assert.Contains(letter.BodySentences, s => s.Region == PostScript);
        NoSentenceWith(letter, "Studio Nine");
    }

    [Fact]
    public void Quoted_reply_with_on_date_wrote_header_is_excluded()
    {
        var letter = Letter.Parse(Lines(
            "Hi Jo,",                                                                                       // 0
            "",                                                                                             // 1
            "Thank you for your business over the years. We will stop the service on 30 June.",             // 2
            "",                                                                                             // 3
            "Best,",                                                                                        // 4
            "Sam",                                                                                          // 5
            "",                                                                                             // 6
            "On Tue, 4 March 2025, Jo <jo@x.com> wrote:",                                                   // 7
            "> Can we talk about this? I'd like to know if you would reconsider.",                          // 8
            ">",                                                                                            // 9
            "> Thanks"));                                                                                   // 10

        AssertRegions(letter, Greeting, Blank, Body, Blank, SignOff, Signature, Blank, Quoted, Quoted, Quoted, Quoted);
        Assert.Equal(
            ["Thank you for your business over the years.", "We will stop the service on 30 June."],
            SentenceTexts(letter));
        NoSentenceWith(letter, "reconsider");
    }

    [Fact]
    public void Quoted_lines_without_a_header_are_excluded()
    {
        var letter = Letter.Parse(Lines(
            "Hi Jo,",
            "",
            "> Can we keep the contract going until the autumn?",
            "",
            "Thank you for asking. Our agreement will still end on 30 June.",
            "",
            "Best,",
            "Sam"));

        AssertRegions(letter, Greeting, Blank, Quoted, Blank, Body, Blank, SignOff, Signature);
        NoSentenceWith(letter, "autumn");
        Assert.Equal(2, letter.Sentences.Length);
    }

    [Fact]
    public void Original_message_block_is_excluded()
    {
        var letter = Letter.Parse(Lines(
            "Hi Jo,",                                                               // 0
            "",                                                                     // 1
            "Our agreement will end on 30 June. Thank you for working with us.",    // 2
            "",                                                                     // 3
            "Regards,",                                                             // 4
            "Sam",                                                                  // 5
            "",                                                                     // 6
            "-----Original Message-----",                                           // 7
            "From: Jo Smith",                                                       // 8
            "Sent: Monday, 3 March 2025 09:12",                                     // 9
            "To: Sam",                                                              // 10
            "Subject: Contract",                                                    // 11
            "",                                                                     // 12
            "Please call me to discuss."));                                         // 13

        AssertRegions(letter, Greeting, Blank, Body, Blank, SignOff, Signature, Blank,
            Quoted, Quoted, Quoted, Quoted, Quoted, Quoted, Quoted);
        Assert.Equal(["Our agreement will end on 30 June.", "Thank you for working with us."], SentenceTexts(letter));
        Assert.DoesNotContain(letter.Sentences, s => s.Region == Subject);
    }

    [Fact]
    public void Outlook_header_block_is_excluded()
    {
        var letter = Letter.Parse(Lines(
            "Hi Jo,",                                                                       // 0
            "",                                                                             // 1
            "Our agreement will end on 30 June. Thank you for working with us.",            // 2
            "",                                                                             // 3
            "Regards,",                                                                     // 4
            "Sam",                                                                          // 5
            "",                                                                             // 6
            "From: Jo Smith <jo@x.com>",                                                    // 7
            "Sent: 3 March 2025 09:12",                                                     // 8
            "To: Sam Green <sam@y.com>",                                                    // 9
            "Subject: RE: Contract",                                                        // 10
            "",                                                                             // 11
            "Hi Sam, can we talk about keeping the contract going?"));                      // 12

        AssertRegions(letter, Greeting, Blank, Body, Blank, SignOff, Signature, Blank,
            Quoted, Quoted, Quoted, Quoted, Quoted, Quoted);
        Assert.Equal(["Our agreement will end on 30 June.", "Thank you for working with us."], SentenceTexts(letter));
        NoSentenceWith(letter, "keeping the contract");
    }

    [Fact]
    public void Confidentiality_footer_is_excluded()
    {
        var letter = Letter.Parse(Lines(
            "Hi Jo,",                                                                       // 0
            "",                                                                             // 1
            "Our agreement will end on 30 June. Thank you for working with us.",            // 2
            "",                                                                             // 3
            "Regards,",                                                                     // 4
            "Sam",                                                                          // 5
            "",                                                                             // 6
            "This email and any attachments are confidential and intended solely for the intended recipient. " +
            "If you have received this in error, please delete it."));                      // 7

        AssertRegions(letter, Greeting, Blank, Body, Blank, SignOff, Signature, Blank, Footer);
        Assert.Equal(["Our agreement will end on 30 June.", "Thank you for working with us."], SentenceTexts(letter));
        NoSentenceWith(letter, "confidential");
    }

    [Fact]
    public void Letter_without_a_greeting_is_all_body_up_to_the_signoff()
    {
        var letter = Letter.Parse(Lines(
            "Our agreement will end on 30 June 2025. Thank you for your business over the past two years.",   // 0
            "",                                                                                               // 1
            "We will send your final invoice and all files by 28 June.",                                      // 2
            "",                                                                                               // 3
            "Regards,",                                                                                       // 4
            "Sam"));                                                                                          // 5

        AssertRegions(letter, Body, Blank, Body, Blank, SignOff, Signature);
        Assert.Null(letter.Greeting);
        Assert.Empty(letter.RecipientNames);
        Assert.Equal(
            [
                "Our agreement will end on 30 June 2025.",
                "Thank you for your business over the past two years.",
                "We will send your final invoice and all files by 28 June.",
            ],
            SentenceTexts(letter));
        Assert.Equal([0, 0, 1], letter.Sentences.Select(s => s.ParagraphIndex));
    }

    [Fact]
    public void One_paragraph_notice_is_body()
    {
        var letter = Letter.Parse(
            "Your membership is cancelled with immediate effect. Any unused credit will be refunded to your card within five working days.");

        AssertRegions(letter, Body);
        Assert.Null(letter.Greeting);
        Assert.Null(letter.SignOff);
        Assert.Equal(
            ["Your membership is cancelled with immediate effect.", "Any unused credit will be refunded to your card within five working days."],
            SentenceTexts(letter));
        Assert.Single(letter.Paragraphs);
    }

    [Fact]
    public void Titled_notice_whose_last_paragraph_mentions_a_date_is_not_a_signature()
    {
        // A dated sentence looks like a letterhead line to a naive check; a long sentence is prose all the same.
        var letter = Letter.Parse(Lines(
            "Notice of closure of your seller account",
            "",
            "Your seller account will be closed on 1 July 2025, and pending payouts will be released within 10 working days."));

        Assert.Equal(LetterRegion.Body, letter.LineRegions[2]);
        Assert.Contains(letter.Sentences, s => s.Text.StartsWith("Your seller account will be closed", StringComparison.Ordinal));
    }

    [Fact]
    public void Letter_without_greeting_or_signoff_keeps_a_short_last_line_as_signature()
    {
        var letter = Letter.Parse(Lines(
            "We need to talk about whether it still makes sense for us to do your books.",
            "",
            "Can you call me this week?",
            "",
            "Anna"));

        AssertRegions(letter, Body, Blank, Body, Blank, Signature);
        Assert.Equal(2, letter.Sentences.Length);
    }
}
