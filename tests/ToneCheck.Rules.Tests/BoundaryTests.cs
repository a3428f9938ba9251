using ToneCheck.Engine;
using static ToneCheck.Rules.Tests.TestSupport;

namespace ToneCheck.Rules.Tests;

/// <summary>
/// The boundaries RULES.md calls out ("Boundaries worth a test each"), each on a small letter written here (not
/// the rules' own examples). Every letter runs through the full checker, so overlap resolution applies. A case
/// the current rules get wrong stays here, skipped as a known gap, with its assertion intact.
/// </summary>
public class BoundaryTests
{
    private static CheckResult Check(string letter) => AllRules.Check(letter, "boundary.txt");

    private static void AssertSilent(CheckResult result, string ruleId, string why) =>
        Assert.True(!Fires(result, ruleId), $"{ruleId} should stay silent: {why}\nDiagnostics found:\n{Format(result)}");

    private static void AssertFires(CheckResult result, string ruleId, string why) =>
        Assert.True(Fires(result, ruleId), $"{ruleId} should fire: {why}\nDiagnostics found:\n{Format(result)}");

    private static void AssertFiresOnLine(CheckResult result, string ruleId, int line, string why) =>
        Assert.True(LinesOf(result, ruleId).Contains(line), $"{ruleId} should fire on line {line}: {why}\nDiagnostics found:\n{Format(result)}");

    // ---- TC001 blame --------------------------------------------------------------------------------------

    [Fact]
    public void Dated_fact_without_judgement_is_not_blame()
    {
        var result = Check(Lines(
            "Dear Ms Carter,",
            "",
            "Thank you for working with us on the café menus over the past year.",
            "",
            "On 3 March you asked for a fourth redesign of the menu boards, which is outside the scope of our agreement. " +
            "We have decided to end our design agreement on 30 April.",
            "",
            "Kind regards,",
            "Tom"));

        AssertSilent(result, "TC001", "a dated fact stated without judgement is not blame");
    }

    [Fact]
    public void Unpaid_invoices_stated_as_facts_are_not_blame()
    {
        var result = Check(Lines(
            "Hi Marcus,",
            "",
            "The invoices of 3 May and 7 June remain unpaid, and we have decided to close your account on 31 July.",
            "",
            "Best,",
            "Priya"));

        AssertSilent(result, "TC001", "dates and amounts without an accusation are facts");
    }

    [Fact]
    public void Self_blame_is_not_blame()
    {
        var result = Check(Lines(
            "Hi Natalie,",
            "",
            "We have not been able to meet your expectations, and that is on us rather than on you.",
            "Our agreement will end on 30 June.",
            "",
            "Best,",
            "Ryan"));

        AssertSilent(result, "TC001", "taking the fault on yourself is the advice");
    }

    // ---- TC002 personal attack ----------------------------------------------------------------------------

    [Fact]
    public void Negated_judgement_is_not_a_personal_attack()
    {
        var result = Check(Lines(
            "Dear Mr Evans,",
            "",
            "We have decided to end our agreement on 30 June. This is not a reflection on you; we are simply not the right fit for the work you need.",
            "",
            "Kind regards,",
            "Helen"));

        AssertSilent(result, "TC002", "\"this is not a reflection on you\" is negated");
    }

    [Fact]
    public void Modal_negated_judgement_is_not_a_personal_attack()
    {
        var result = Check(Lines(
            "Dear Mr Evans,",
            "",
            "We would never say you are difficult; we simply can no longer take on the volume of work you need.",
            "Our agreement will end on 30 June.",
            "",
            "Kind regards,",
            "Helen"));

        AssertSilent(result, "TC002", "\"we would never say you are difficult\" is negated and modal");
    }

    [Fact]
    public void Personal_attack_sentence_is_not_also_blame()
    {
        // Both rules see this sentence on their own; together, the stronger TC002 wins on the span (RULES.md).
        var letter = Lines(
            "Hi Julie,",
            "",
            "Because of your unreasonable demands, the launch slipped by three weeks.",
            "Our agreement will end on 30 June.",
            "",
            "Best,",
            "Sam");

        var blameAlone = new ToneChecker(rules: [RuleCatalog.Find("TC001")!]).Check(letter, "boundary.txt");
        var attackAlone = new ToneChecker(rules: [RuleCatalog.Find("TC002")!]).Check(letter, "boundary.txt");
        Assert.True(LinesOf(blameAlone, "TC001").Contains(3), "precondition: TC001 alone reports line 3\n" + Format(blameAlone));
        Assert.True(LinesOf(attackAlone, "TC002").Contains(3), "precondition: TC002 alone reports line 3\n" + Format(attackAlone));

        var result = Check(letter);
        AssertFiresOnLine(result, "TC002", 3, "the sentence judges the person");
        Assert.True(!LinesOf(result, "TC001").Contains(3), "TC001 must yield to TC002 on the same sentence.\nDiagnostics found:\n" + Format(result));
    }

    // ---- Quoted correspondence ----------------------------------------------------------------------------

    [Fact]
    public void Quoted_earlier_correspondence_is_not_checked_for_tone_or_negotiable_wording()
    {
        var result = Check(Lines(
            "Hi Karen,",                                                                    // 1
            "",                                                                             // 2
            "Thank you for having us on the job since March. Our work at Orchard Cottage ends on Friday 9 May.", // 3
            "",                                                                             // 4
            "All the best,",                                                                // 5
            "Phil",                                                                         // 6
            "",                                                                             // 7
            "On Sun, 27 Apr 2025 at 19:42, Karen Whitlock <karen@example.com> wrote:",      // 8
            "> DO NOT CALL THE OFFICE AGAIN.",                                              // 9
            "> I'm NOT paying the last invoice until the skirting is done PROPERLY.",      // 10
            "> Let us know if you'd like to discuss this.",                                 // 11
            ">",                                                                            // 12
            "> Karen"));                                                                    // 13

        var inQuote = result.Diagnostics
            .Where(d => d.Id is "TC007" or "TC008" && d.Location.GetLineSpan().StartLinePosition.Line + 1 >= 8)
            .ToList();
        Assert.True(inQuote.Count == 0, "Quoted lines were checked:\n" + Format(result, inQuote));
    }

    [Fact]
    public void Quoted_lines_without_a_reply_header_are_not_checked()
    {
        var result = Check(Lines(
            "Hi Karen,",                                                                    // 1
            "",                                                                             // 2
            "> DO NOT CALL THE OFFICE AGAIN.",                                              // 3
            "> Let us know if you'd like to discuss this.",                                 // 4
            "",                                                                             // 5
            "Thank you for having us on the job since March. Our work at Orchard Cottage ends on Friday 9 May.", // 6
            "",                                                                             // 7
            "All the best,",                                                                // 8
            "Phil"));                                                                       // 9

        var inQuote = result.Diagnostics
            .Where(d => d.Id is "TC007" or "TC008" && d.Location.GetLineSpan().StartLinePosition.Line + 1 is 3 or 4)
            .ToList();
        Assert.True(inQuote.Count == 0, "Quoted lines were checked:\n" + Format(result, inQuote));
    }

    // ---- TC004 thanks -------------------------------------------------------------------------------------

    [Fact]
    public void Thanks_signoff_alone_leaves_missing_thanks_firing()
    {
        var result = Check(Lines(
            "Hi Sam,",
            "",
            "Our agreement will end on 30 June, and your final invoice will follow.",
            "",
            "Thanks,",
            "Alex"));

        AssertFires(result, "TC004", "a bare \"Thanks,\" sign-off is not thanks for the relationship");
    }

    [Fact]
    public void Real_thanks_satisfies_missing_thanks()
    {
        var result = Check(Lines(
            "Hi Sam,",
            "",
            "Thank you for your business over the past two years. Our agreement will end on 30 June, and your final invoice will follow.",
            "",
            "Thanks,",
            "Alex"));

        AssertSilent(result, "TC004", "\"Thank you for your business over the past two years\" is the real thing");
    }

    [Theory]
    [InlineData("Thank you for your email.")]
    [InlineData("Thanks in advance for settling the invoice.")]
    public void Courtesy_formula_is_not_thanks(string courtesy)
    {
        var result = Check(Lines(
            "Hi Sam,",
            "",
            courtesy + " Our agreement will end on 30 June, and your final invoice will follow.",
            "",
            "Regards,",
            "Alex"));

        AssertFires(result, "TC004", $"\"{courtesy}\" is courtesy, not thanks");
    }

    [Theory]
    [InlineData("Thank you for your time.")]
    [InlineData("I thank you for your patience.")]
    public void Formulaic_thanks_in_the_closing_line_is_not_thanks(string closing)
    {
        var result = Check(Lines(
            "Dear Mr Ross,",
            "",
            "Our agreement will end on 30 June, and your final invoice will follow.",
            "",
            closing,
            "",
            "Kind regards,",
            "Jo"));

        AssertFires(result, "TC004", $"\"{closing}\" in a closing line is formulaic");
    }

    // ---- TC007 negotiable wording -------------------------------------------------------------------------

    [Fact]
    public void Offer_of_help_with_the_transition_is_not_negotiable_wording()
    {
        var result = Check(Lines(
            "Hi Sam,",
            "",
            "Our agreement will end on 30 June.",
            "If you have any questions about the transition, let me know.",
            "",
            "Best,",
            "Alex"));

        AssertSilent(result, "TC007", "an offer of help with the transition does not reopen the decision");
    }

    [Fact]
    public void Invitation_to_discuss_continuing_is_negotiable_wording()
    {
        var result = Check(Lines(
            "Hi Sam,",
            "",
            "Our agreement will end on 30 June.",
            "If you'd like to discuss continuing, let me know.",
            "",
            "Best,",
            "Alex"));

        AssertFiresOnLine(result, "TC007", 4, "an invitation to discuss continuing reopens the decision");
    }

    // ---- TC006 finality -----------------------------------------------------------------------------------

    private static string SubjectLetter(bool withSubject)
    {
        var body = Lines(
            "Dear Mr Price,",
            "",
            "Thank you for the past four years of work together. Your keys will be returned by courier, and the final invoice will follow.",
            "",
            "Kind regards,",
            "Jo");
        return withSubject ? "Subject: Ending our cleaning contract on 30 June\n\n" + body : body;
    }

    [Fact]
    public void Finality_only_in_the_subject_line_satisfies_missing_finality()
    {
        var result = Check(SubjectLetter(withSubject: true));
        AssertSilent(result, "TC006", "a finality statement counts wherever the writer put it, including a pasted Subject: line");
    }

    [Fact]
    public void Same_letter_without_the_subject_line_lacks_finality()
    {
        // The contrast that makes the test above meaningful: the body alone never says the service ends.
        var result = Check(SubjectLetter(withSubject: false));
        AssertFires(result, "TC006", "without the Subject: line nothing says the relationship ends");
    }

    [Theory]
    [InlineData("We can offer emergency care only for the next 30 days.")]
    [InlineData("We will send your records to your new provider.")]
    public void Implied_end_is_not_a_clear_end(string implied)
    {
        var result = Check(Lines(
            "Dear Mr Ross,",
            "",
            "Thank you for trusting our practice with your family's care. " + implied,
            "",
            "Kind regards,",
            "Dr Hall"));

        AssertFires(result, "TC006", $"\"{implied}\" only implies the end");
    }

    [Fact]
    public void Clear_end_without_a_date_is_missing_next_steps_not_finality()
    {
        var result = Check(Lines(
            "Hi Natalie,",
            "",
            "Thank you for the last two years. We've decided not to continue working together.",
            "",
            "Best,",
            "Ryan"));

        AssertSilent(result, "TC006", "the end is clear");
        AssertFires(result, "TC009", "a clear end with no date is TC009");
    }

    // ---- TC005 referral -----------------------------------------------------------------------------------

    [Fact]
    public void Returning_files_alone_is_a_next_step_not_a_referral()
    {
        var result = Check(Lines(
            "Hi Sam,",
            "",
            "Thank you for the last two years. Our agreement will end on 30 June, and we will send all your files by then.",
            "",
            "Best,",
            "Alex"));

        AssertFires(result, "TC005", "returning files to the customer is not an alternative provider");
        AssertSilent(result, "TC009", "returning files with a dated end is a next step");
    }

    [Fact]
    public void Good_wishes_alone_are_not_a_referral_for_an_ordinary_customer()
    {
        var result = Check(Lines(
            "Hi Sam,",
            "",
            "Thank you for the last two years. Our agreement will end on 30 June. We wish you all the best for the future.",
            "",
            "Best,",
            "Alex"));

        AssertFires(result, "TC005", "good wishes count only in a letter to an abusive customer");
    }

    [Fact]
    public void Naming_another_provider_is_a_referral()
    {
        var result = Check(Lines(
            "Hi Sam,",
            "",
            "Our agreement will end on 30 June. Halden & Cole handle larger retainers, and I'm happy to introduce you.",
            "",
            "Best,",
            "Alex"));

        AssertSilent(result, "TC005", "another provider is named and an introduction offered");
    }

    // ---- TC010 goodwill -----------------------------------------------------------------------------------

    [Theory]
    [InlineData("Your deposit will be refunded.")]
    [InlineData("The remaining balance will be returned to you.")]
    public void Money_going_back_to_the_customer_is_goodwill(string sentence)
    {
        var result = Check(Lines(
            "Hi Sam,",
            "",
            "Our agreement will end on 30 June. " + sentence,
            "",
            "Best,",
            "Alex"));

        AssertSilent(result, "TC010", $"\"{sentence}\" is money going back to the customer");
    }

    [Fact]
    public void Money_owed_by_the_customer_is_not_goodwill()
    {
        var result = Check(Lines(
            "Hi Sam,",
            "",
            "Our agreement will end on 30 June. The outstanding balance of £420 is due by Friday.",
            "",
            "Best,",
            "Alex"));

        AssertFires(result, "TC010", "a balance the customer owes is not a gesture");
    }

    [Fact]
    public void A_refund_alone_is_goodwill_not_a_next_step()
    {
        var result = Check(Lines(
            "Hi Sam,",
            "",
            "Thank you for the last two years. We've decided to stop working together, and your deposit will be refunded.",
            "",
            "Best,",
            "Alex"));

        AssertSilent(result, "TC010", "a refund is goodwill");
        AssertFires(result, "TC009", "a refund is not an effective date, contract end, final invoice or hand-over");
    }

    // ---- TC011 apology ------------------------------------------------------------------------------------

    [Theory]
    [InlineData("We regret to inform you that your account will close on 1 May.")]
    [InlineData("I'm sorry you feel that way, but your account will close on 1 May.")]
    public void Formulaic_regret_is_not_an_apology(string sentence)
    {
        var result = Check(Lines(
            "Dear Mr Ross,",
            "",
            "Thank you for your business over the past three years. " + sentence,
            "",
            "Regards,",
            "Jo"));

        AssertFires(result, "TC011", $"\"{sentence}\" is not an apology");
    }

    [Fact]
    public void Sincere_apology_satisfies_missing_apology()
    {
        var result = Check(Lines(
            "Dear Mr Ross,",
            "",
            "Your account will close on 1 May. I'm sorry we couldn't make this work for you.",
            "",
            "Regards,",
            "Jo"));

        AssertSilent(result, "TC011", "\"I'm sorry we couldn't make this work\" is an apology");
    }
}
