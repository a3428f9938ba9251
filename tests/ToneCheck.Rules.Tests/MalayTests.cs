using ToneCheck.Engine;
using ToneCheck.Engine.Evaluation;
using Xunit.Abstractions;
using static ToneCheck.Rules.Tests.TestSupport;

namespace ToneCheck.Rules.Tests;

/// <summary>
/// Malay (ms): the dev set scored against the targets, and each rule's boundary on letters written here: one that
/// must be flagged (with the span, for a line rule) and a look-alike from the Malay guide's traps that must not.
/// </summary>
public class MalayTests(ITestOutputHelper output)
{
    const double CoreSixF1Floor = 0.85;
    const double RuleF1Floor = 0.60;

    private static readonly Lazy<ToneChecker> s_checker = new(() => new ToneChecker(language: "ms"));

    private static CheckResult Check(string letter) => s_checker.Value.Check(letter, "surat.txt");

    [Fact]
    public void Malay_dev_set_scores_above_the_floors() =>
        DevSetRegressionTests.AssertAboveFloors("ms", new ToneChecker(), CoreSixF1Floor, RuleF1Floor, output);

    // corpus/letters/ms: 24 labelled letters the ms data was not written against (201-212 used to tune it, 213-224
    // held out). Measured with --mode rules: core-six micro F1 0.95, lowest rule F1 0.80 (TC001 blame and TC007
    // negotiable-wording); the floors sit a little under that.
    [Fact]
    public void Malay_corpus_letters_score_above_the_floors() =>
        DevSetRegressionTests.AssertAboveFloors("ms", new ToneChecker(language: "ms"), coreSixFloor: 0.93, ruleFloor: 0.75,
            output, letters: 24, folder: CorpusLetters("ms"));

    // A good formal letter with every element; each test changes one part of it.
    private const string Greeting = "Salam sejahtera Puan Zarina,";
    private const string Thanks = "Terima kasih atas kepercayaan Puan kepada Studio Teratai sepanjang empat tahun ini.";
    private const string Finality = "Dengan berat hati kami memaklumkan bahawa kami tidak akan memperbaharui kontrak reka bentuk selepas 31 Julai 2026, kerana studio kami akan menumpukan kepada projek pembungkusan.";
    private const string Apology = "Kami mohon maaf kerana tidak dapat meneruskan kerjasama ini.";
    private const string NextSteps = "Semua fail asal akan kami serahkan melalui pautan Google Drive sebelum 7 Ogos,";
    private const string Goodwill = "dan yuran bulan Julai kami kecualikan sepenuhnya.";
    private const string Referral = "Kami cadangkan Studio Kirana di Petaling Jaya, yang masih menerima pelanggan baharu, dan saya boleh perkenalkan Puan kepada pengasasnya.";

    private static string Letter(string? subject = null, string thanks = Thanks, string finality = Finality, string extra = "",
        string apology = Apology, string nextSteps = NextSteps, string goodwill = Goodwill, string referral = Referral,
        string closing = "", string signOff = "Yang ikhlas,") =>
        Lines(
            Greeting,
            "",
            subject ?? "",
            subject is null ? "" : "",
            thanks,
            "",
            (finality + " " + extra).Trim(),
            "",
            (apology + " " + nextSteps + " " + goodwill).Trim(),
            "",
            referral,
            "",
            closing,
            "",
            signOff,
            "Farid");

    private static void AssertSilent(CheckResult result, string ruleId, string why) =>
        Assert.True(!Fires(result, ruleId), $"{ruleId} should stay silent: {why}\nDiagnostics found:\n{Format(result)}");

    private static void AssertFires(CheckResult result, string ruleId, string why) =>
        Assert.True(Fires(result, ruleId), $"{ruleId} should fire: {why}\nDiagnostics found:\n{Format(result)}");

    private static void AssertSpan(CheckResult result, string ruleId, string expected, string why)
    {
        var spans = result.Diagnostics.Where(d => d.Id == ruleId).Select(d => result.Text.ToString(d.Location.SourceSpan)).ToList();
        Assert.True(spans.Contains(expected), $"{ruleId} should underline '{expected}': {why}\nDiagnostics found:\n{Format(result)}");
    }

    [Fact]
    public void The_good_letter_is_silent()
    {
        var result = Check(Letter());
        Assert.Equal("ms", result.Language);
        Assert.True(result.Diagnostics.IsEmpty, "the letter has every element and no fault:\n" + Format(result));
    }

    [Fact]
    public void A_malay_letter_is_detected_and_checked()
    {
        var result = new ToneChecker().Check(Letter(thanks: "Terima kasih atas e-mel Puan."), "surat.txt");
        Assert.Equal("ms", result.Language);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TC000");
        AssertFires(result, "TC004", "the only thanks is for the e-mail");
    }

    // ---- TC001 blame ----------------------------------------------------------------------------------------

    [Fact]
    public void Blame_with_an_honorific_is_still_blame()
    {
        var result = Check(Letter(extra: "Keputusan ini dibuat kerana pihak Puan sering lewat menjelaskan invois."));
        AssertSpan(result, "TC001", "kerana pihak Puan sering lewat menjelaskan invois", "'pihak Puan' does not soften the blame");
    }

    [Theory]
    [InlineData("Keputusan ini bukan disebabkan oleh pihak Puan.")]
    [InlineData("Ini bukan salah Puan langsung.")]
    [InlineData("Invois bertarikh 3 Mei masih belum dijelaskan.")]
    [InlineData("Pada 3 Mac, pihak Puan meminta reka bentuk keempat, yang di luar skop perjanjian kami.")]
    public void Negated_blame_and_documented_facts_are_not_blame(string sentence) =>
        AssertSilent(Check(Letter(extra: sentence)), "TC001", "negation or a dated fact is not blame");

    // ---- TC002 personal attack ------------------------------------------------------------------------------

    [Fact]
    public void A_softened_judgement_is_still_an_attack()
    {
        var result = Check(Letter(extra: "Terus terang, Puan agak cerewet dan sukar dipuaskan."));
        AssertSpan(result, "TC002", "Puan agak cerewet dan sukar dipuaskan", "'terus terang' and 'agak' do not remove a judgement");
        AssertSilent(result, "TC001", "an attack is not also blame");
    }

    [Theory]
    [InlineData("Kami tidak pernah menganggap Puan cerewet.")]
    [InlineData("Keputusan ini tiada kena-mengena dengan sikap Puan.")]
    public void A_negated_judgement_is_not_an_attack(string sentence) =>
        AssertSilent(Check(Letter(extra: sentence)), "TC002", "the judgement is denied");

    // ---- TC003 over-justification ---------------------------------------------------------------------------

    [Fact]
    public void Defensive_phrases_are_over_justification()
    {
        var result = Check(Letter(extra: "Seperti yang telah kami jelaskan berkali-kali, kami sudah bertolak ansur sehabis baik."));
        AssertSpan(result, "TC003", "kami sudah bertolak ansur sehabis baik", "defending the decision");
    }

    [Fact]
    public void One_general_reason_is_not_over_justification() =>
        AssertSilent(Check(Letter(extra: "Kami tidak lagi dapat menampung keperluan Puan.")), "TC003", "a single general reason");

    // ---- TC004 thanks ---------------------------------------------------------------------------------------

    [Fact]
    public void Formulaic_thanks_are_not_thanks() =>
        AssertFires(Check(Letter(thanks: "Terima kasih atas e-mel Puan.", signOff: "Sekian, terima kasih.")), "TC004",
            "thanks for the e-mail and 'Sekian, terima kasih' are formulas");

    [Fact]
    public void Casual_thanks_for_loyalty_count() =>
        AssertSilent(Check(Letter(thanks: "Terima kasih sebab setia dengan kami sejak 2021.")), "TC004", "real thanks in casual Malay");

    // ---- TC005 referral -------------------------------------------------------------------------------------

    [Fact]
    public void Good_wishes_alone_are_no_referral_for_an_ordinary_client() =>
        AssertFires(Check(Letter(referral: "Kami doakan yang terbaik untuk Puan.")), "TC005", "no alternative offered");

    [Fact]
    public void Offering_to_share_a_number_is_a_referral() =>
        AssertSilent(Check(Letter(referral: "Kawan saya di Shah Alam memang boleh diharap, nanti saya share nombor dia.")), "TC005",
            "another provider named with a promise of her number");

    // ---- TC006 finality -------------------------------------------------------------------------------------

    [Fact]
    public void An_implied_end_is_not_a_clear_end() =>
        AssertFires(Check(Letter(finality: "Semua fail asal akan kami hantar kepada penyedia baharu Puan.")), "TC006",
            "handing over files does not say the service stops");

    [Fact]
    public void A_malay_subject_line_states_the_end()
    {
        var result = Check(Letter(subject: "PER: PENAMATAN KONTRAK REKA BENTUK", finality: "Perkara di atas adalah dirujuk."));
        AssertSilent(result, "TC006", "the subject line 'PER: Penamatan ...' counts");
        AssertSilent(result, "TC008", "a subject line in capitals is not shouting");
    }

    // ---- TC007 negotiable wording ---------------------------------------------------------------------------

    [Fact]
    public void An_invitation_to_discuss_the_decision_is_negotiable()
    {
        var result = Check(Letter(closing: "Jika Puan ingin berbincang mengenai keputusan ini, sila hubungi saya."));
        AssertSpan(result, "TC007", "Jika Puan ingin berbincang mengenai keputusan ini, sila hubungi saya", "it reopens the decision");
    }

    [Fact]
    public void An_offer_of_help_with_the_handover_is_not_negotiable() =>
        AssertSilent(Check(Letter(closing: "Jika ada sebarang pertanyaan mengenai penyerahan fail, sila hubungi saya.")), "TC007",
            "help with the handover");

    [Fact]
    public void Not_final_yet_is_a_hedge()
    {
        var result = Check(Letter(extra: "Tapi belum muktamad lagi, kita boleh bincang dulu."));
        AssertSpan(result, "TC007", "belum muktamad lagi", "'belum' is a hedge");
    }

    // ---- TC008 hostile tone ---------------------------------------------------------------------------------

    [Fact]
    public void Polite_words_do_not_soften_shouting()
    {
        var result = Check(Letter(closing: "TOLONG JANGAN DATANG KE STUDIO KAMI LAGI."));
        AssertSpan(result, "TC008", "TOLONG JANGAN DATANG KE STUDIO KAMI LAGI", "'tolong' does not make it polite");
    }

    [Fact]
    public void A_neutral_contact_line_is_not_hostile() =>
        AssertSilent(Check(Letter(closing: "Sila hantar sebarang pertanyaan tentang akaun kepada akaun@teratai.my.")), "TC008",
            "where to send questions is a next step");

    // ---- TC009 next steps -----------------------------------------------------------------------------------

    [Fact]
    public void An_end_with_no_date_or_handover_has_no_next_steps() =>
        AssertFires(Check(Letter(finality: "Kami telah memutuskan untuk menamatkan kerjasama reka bentuk dengan syarikat Puan.",
            nextSteps: "", goodwill: "Yuran bulan Julai kami kecualikan sepenuhnya.")), "TC009", "no date, invoice or hand-over");

    [Fact]
    public void A_final_invoice_is_a_next_step() =>
        AssertSilent(Check(Letter(finality: "Kami telah memutuskan untuk menamatkan kerjasama reka bentuk dengan syarikat Puan.",
            nextSteps: "Invois akhir akan dihantar minggu depan,")), "TC009", "the final invoice");

    // ---- TC010 goodwill -------------------------------------------------------------------------------------

    [Fact]
    public void A_deposit_kept_is_no_goodwill() =>
        AssertFires(Check(Letter(goodwill: "dan deposit tidak akan dipulangkan.")), "TC010", "money kept is not a gesture");

    [Fact]
    public void A_deposit_returned_is_goodwill() =>
        AssertSilent(Check(Letter(goodwill: "dan deposit Puan akan dipulangkan sepenuhnya.")), "TC010", "money going back to the client");

    // ---- TC011 apology --------------------------------------------------------------------------------------

    [Fact]
    public void We_regret_to_inform_is_no_apology() =>
        AssertFires(Check(Letter(apology: "Dukacita dimaklumkan bahawa kerjasama ini tamat.")), "TC011", "'Dukacita dimaklumkan' is a formula");

    [Fact]
    public void A_casual_sorry_is_an_apology() =>
        AssertSilent(Check(Letter(apology: "Maaf sangat ye Puan.")), "TC011", "'Maaf sangat ye' is a real apology");
}
