using System.Globalization;
using System.Text;
using ToneCheck.Engine;
using ToneCheck.Engine.Evaluation;
using Xunit.Abstractions;
using static ToneCheck.Rules.Tests.TestSupport;

namespace ToneCheck.Rules.Tests;

/// <summary>
/// Welsh (cy): the dev set scored above its floors, and for every rule a letter written here that must be flagged
/// and a look-alike that must not, from the traps of the Welsh guide: mutated forms ("ddiolch", "fai", "flin"),
/// the chi/ti registers, "mae'n ddrwg gen i" / "mae'n flin gennym" (sorry) against "rydym yn flin" (we are cross),
/// cleft negation ("Nid eich bai chi yw hyn") and English words mixed into Welsh.
/// </summary>
public class WelshTests(ITestOutputHelper output)
{
    // Measured 1.00 core-six micro F1 and 1.00 for every rule on the 12 dev letters; the floors leave a little room.
    const double CoreSixF1Floor = 0.95;
    const double RuleF1Floor = 0.80;

    private static readonly ToneChecker s_welsh = new(language: "cy");

    private static CheckResult Check(string letter) => s_welsh.Check(letter, "llythyr.txt");

    [Fact]
    public void Welsh_dev_set_scores_above_the_floors() =>
        DevSetRegressionTests.AssertAboveFloors("cy", new ToneChecker(), CoreSixF1Floor, RuleF1Floor, output);

    // corpus/letters/cy: 24 letters written apart from the dev set (201-212 used to tune, 213-224 held out).
    // Measured on all 24: core-six micro F1 0.91; lowest rule TC006 0.50 (it misses endings that are only implied
    // or hedged in a subject line). The floors sit a little under that.
    const double LettersCoreSixF1Floor = 0.88;
    const double LettersRuleF1Floor = 0.45;

    [Fact]
    public void Welsh_letters_not_used_for_the_dev_set_score_above_the_floors() =>
        DevSetRegressionTests.AssertAboveFloors("cy", new ToneChecker(language: "cy"), LettersCoreSixF1Floor, LettersRuleF1Floor,
            output, letters: 24, folder: CorpusLetters("cy"));

    [Fact]
    public void A_negation_in_the_first_clause_does_not_reach_a_judgement_after_ac_and_a_new_subject()
    {
        // "You don't listen to anyone and you are an unpleasant person": "ac rydych" opens a new clause (the
        // clause words of classes.txt), so "ddim" no longer hides the attack; with no such break it still would.
        var result = new ToneChecker(language: "cy").Check(Letter("Dych chi ddim yn gwrando ar neb ac rydych yn berson annymunol."));
        var attack = Assert.Single(result.Diagnostics, d => d.Id == "TC002");
        Assert.Equal("rydych yn berson annymunol", result.Text.ToString(attack.Location.SourceSpan));
        var negated = new ToneChecker(language: "cy").Check(Letter("Dydych chi ddim yn berson annymunol."));
        Assert.DoesNotContain(negated.Diagnostics, d => d.Id == "TC002");
    }

    [Fact]
    public void We_may_need_to_consider_ending_is_a_hedge_not_a_clear_end()
    {
        var result = new ToneChecker(language: "cy").Check(Letter("Mae'n bosib y bydd angen i ni ystyried dod â'r cytundeb i ben ar ddiwedd y mis."));
        Assert.Contains(result.Diagnostics, d => d.Id == "TC007");
        Assert.Contains(result.Diagnostics, d => d.Id == "TC006");
    }

    [Fact]
    public void A_welsh_letter_is_detected_and_checked_by_the_rules()
    {
        var result = new ToneChecker().Check(Letter("Rydych chi'n amhosib eich plesio."), "llythyr.txt");
        Assert.Equal("cy", result.Language);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TC000");
        Assert.Contains(result.Diagnostics, d => d.Id == "TC002");
    }

    // A good formal letter: thanks, a dated end, an apology, next steps, goodwill and a referral.
    private const string Thanks = "Diolch yn fawr am eich busnes dros y pedair blynedd diwethaf; mae wedi bod yn bleser gweithio gyda chi.";
    private const string Finality = "Rydym wedi penderfynu na fyddwn yn adnewyddu'r cytundeb cadw llyfrau pan ddaw i ben ar 30 Mehefin.";
    private const string Apology = "Mae'n ddrwg gennym na allwn roi'r sylw y mae eich cyfrifon yn ei haeddu.";
    private const string NextSteps = "Byddwn yn anfon eich holl ffeiliau a'r anfoneb derfynol atoch erbyn 30 Mehefin.";
    private const string Goodwill = "Ni fyddwn yn codi tâl am waith mis Mehefin.";
    private const string Referral = "Mae Cyfrifwyr Tawe yn arbenigo mewn busnesau bach, a byddwn yn hapus i'ch cyflwyno i'w tîm.";

    private static string Letter(params string[] body) =>
        Lines(["Annwyl Mrs Jenkins,", "", .. body, "", "Yn gywir,", "Huw Prys"]);

    private static string GoodLetter(string? replace = null, string? with = null)
    {
        string[] body = [Thanks, Finality, Apology, NextSteps, Goodwill, Referral];
        return Letter(body.Select(s => s == replace ? with ?? "" : s).Where(s => s.Length > 0).ToArray());
    }

    private static void AssertSilent(CheckResult result, string ruleId, string why) =>
        Assert.True(!Fires(result, ruleId), $"{ruleId} should stay silent: {why}\nDiagnostics found:\n{Format(result)}");

    private static void AssertFires(CheckResult result, string ruleId, string why) =>
        Assert.True(Fires(result, ruleId), $"{ruleId} should fire: {why}\nDiagnostics found:\n{Format(result)}");

    // A line rule fires on the given line and its span holds the given words.
    private static void AssertSpan(CheckResult result, string ruleId, int line, string words, string why)
    {
        var hit = result.Diagnostics.Where(d => d.Id == ruleId && d.Location.GetLineSpan().StartLinePosition.Line + 1 == line)
            .Select(d => result.Text.ToString(d.Location.SourceSpan)).ToList();
        Assert.True(hit.Any(q => q.Contains(words, StringComparison.Ordinal)),
            $"{ruleId} should fire on line {line} over '{words}': {why}\nDiagnostics found:\n{Format(result)}");
    }

    [Fact]
    public void The_good_letter_has_no_findings()
    {
        var result = Check(GoodLetter());
        Assert.True(result.Diagnostics.IsEmpty, Format(result));
    }

    // ---- TC001 blame ----------------------------------------------------------------------------------------

    [Fact]
    public void Blame_with_a_mutated_verb_is_flagged()
    {
        var result = Check(GoodLetter(Finality, "O ganlyniad i'ch methiant i dalu'r anfonebau ar amser, ni fyddwn yn adnewyddu'r cytundeb ar 30 Mehefin."));
        AssertSpan(result, "TC001", 4, "ganlyniad i'ch methiant", "'o ganlyniad i'ch methiant i dalu' puts the fault on the reader");
    }

    [Fact]
    public void Blame_in_the_ti_register_is_flagged()
    {
        var result = Check(GoodLetter(Apology, "A bod yn onest, dy fai di yw hyn i gyd."));
        AssertSpan(result, "TC001", 5, "dy fai", "'dy fai di' (your fault, ti form)");
    }

    [Fact]
    public void Cleft_negation_and_self_blame_are_not_blame()
    {
        var result = Check(GoodLetter(Apology, "Nid eich bai chi yw hyn o gwbl; fi sydd ar fai am dderbyn gormod o waith."));
        AssertSilent(result, "TC001", "'Nid eich bai chi' is negated and 'fi sydd ar fai' blames the writer");
        AssertSilent(result, "TC011", "'fi sydd ar fai' takes the fault, which is an apology");
    }

    [Fact]
    public void A_neutral_since_clause_is_not_blame()
    {
        var result = Check(GoodLetter(Apology, "Ers i chi symud eich systemau i'r cwmwl, nid ni yw'r cwmni gorau i'w cynnal."));
        AssertSilent(result, "TC001", "'Ers i chi symud' states a neutral fact");
    }

    // ---- TC002 personal attack ------------------------------------------------------------------------------

    [Fact]
    public void A_judgement_of_the_reader_is_flagged()
    {
        var result = Check(GoodLetter(Apology, "A dweud y gwir, rydych chi'n amhosib eich plesio."));
        AssertSpan(result, "TC002", 5, "amhosib eich plesio", "'rydych chi'n amhosib eich plesio' judges the person");
    }

    [Fact]
    public void A_negated_judgement_is_not_an_attack()
    {
        var result = Check(GoodLetter(Apology, "Dydych chi ddim wedi bod yn anodd o gwbl, ac mae'n ddrwg gennym orfod ysgrifennu hwn."));
        AssertSilent(result, "TC002", "'dydych chi ddim wedi bod yn anodd' is negated");
    }

    // ---- TC003 over-justification ---------------------------------------------------------------------------

    [Fact]
    public void A_defensive_reminder_is_over_justification()
    {
        var result = Check(GoodLetter(Apology, "Fel rydym wedi egluro sawl gwaith, nid yw'r pecyn yn cynnwys gwaith ar benwythnosau."));
        AssertSpan(result, "TC003", 5, "egluro sawl gwaith", "'fel rydym wedi egluro sawl gwaith' defends the decision");
    }

    [Fact]
    public void A_single_reference_to_a_call_is_not_over_justification()
    {
        var result = Check(GoodLetter(Apology, "Fel y trafodwyd ar y ffôn, mae'n ddrwg gennym na allwn barhau."));
        AssertSilent(result, "TC003", "'Fel y trafodwyd ar y ffôn' is a single reference");
    }

    // ---- TC007 negotiable wording ---------------------------------------------------------------------------

    [Fact]
    public void An_invitation_to_discuss_the_decision_is_negotiable()
    {
        var result = Check(GoodLetter(Referral, Referral + " Rhowch wybod os hoffech drafod y penderfyniad."));
        AssertSpan(result, "TC007", 8, "drafod y penderfyniad", "an invitation to reopen the decision");
    }

    [Fact]
    public void A_code_switched_invitation_in_the_ti_register_is_negotiable()
    {
        var result = Check(GoodLetter(Referral, Referral + " Rho shout os ti isio trafod, ok?"));
        AssertFires(result, "TC007", "'rho shout os ti isio trafod' invites a discussion");
    }

    [Fact]
    public void Questions_about_the_hand_over_and_a_bye_for_now_sign_off_are_not_negotiable()
    {
        var letter = GoodLetter(Referral, Referral + " Os oes gennych unrhyw gwestiynau am y trosglwyddo, cysylltwch â mi.")
            .Replace("Yn gywir,", "Hwyl am y tro,", StringComparison.Ordinal);
        var result = Check(letter);
        AssertSilent(result, "TC007", "questions about the hand-over are help; 'Hwyl am y tro' is a sign-off");
    }

    // ---- TC008 hostile tone ---------------------------------------------------------------------------------

    [Fact]
    public void Shouting_in_capitals_is_hostile()
    {
        var result = Check(GoodLetter(Referral, Referral + " PEIDIWCH Â CHYSYLLTU Â NI ETO."));
        AssertSpan(result, "TC008", 8, "PEIDIWCH", "capitals and 'do not contact us again'");
    }

    [Fact]
    public void Swearing_and_a_threat_are_hostile()
    {
        var result = Check(GoodLetter(Apology, "Mae'r blydi anfonebau yn dal heb eu talu, a bydd yr heddlu'n cael gwybod."));
        AssertFires(result, "TC008", "'blydi' and the police threat");
    }

    [Fact]
    public void Sincere_wishes_and_a_mutated_place_name_are_not_hostile()
    {
        var result = Check(GoodLetter(Referral, Referral + " Pob hwyl i'r clwb y tymor nesaf yng Nghaerdydd."));
        AssertSilent(result, "TC008", "sincere 'Pob hwyl' and 'yng Nghaerdydd' are not hostile");
    }

    // ---- TC004 thanks ---------------------------------------------------------------------------------------

    [Fact]
    public void Courtesy_thanks_and_a_diolch_sign_off_are_not_thanks()
    {
        var letter = GoodLetter(Thanks, "Diolch am eich e-bost ddoe.").Replace("Yn gywir,", "Diolch,", StringComparison.Ordinal);
        AssertFires(Check(letter), "TC004", "'Diolch am eich e-bost' and a bare 'Diolch,' are courtesy");
    }

    [Fact]
    public void Mutated_and_ti_register_thanks_count()
    {
        AssertSilent(Check(GoodLetter(Thanks, "Hoffwn ddiolch o galon i chi am ymddiried ynom.")), "TC004", "'Hoffwn ddiolch' (soft mutation)");
        AssertSilent(Check(GoodLetter(Thanks, "Diolch o galon i ti am ddod aton ni bob mis.")), "TC004", "thanks in the ti register");
    }

    // ---- TC005 referral -------------------------------------------------------------------------------------

    [Fact]
    public void Returning_files_alone_is_not_a_referral()
    {
        AssertFires(Check(GoodLetter(Referral, "Byddwn yn dychwelyd y ffeiliau i chi.")), "TC005", "returning files is a next step");
    }

    [Fact]
    public void Passing_details_on_is_a_referral()
    {
        AssertSilent(Check(GoodLetter(Referral, "Mae Lowri Haf yn gyfrifydd profiadol, a galla i basio'ch manylion ymlaen.")), "TC005", "passing details on to another provider");
    }

    // ---- TC006 finality -------------------------------------------------------------------------------------

    [Fact]
    public void A_break_for_a_while_is_not_a_clear_end()
    {
        AssertFires(Check(GoodLetter(Finality, "Efallai y byddai'n well i ni gymryd saib am sbel.")), "TC006", "'saib am sbel' is a hedge, not an end");
    }

    [Fact]
    public void Stopping_the_service_is_a_clear_end()
    {
        AssertSilent(Check(GoodLetter(Finality, "Rydym wedi penderfynu rhoi'r gorau i gadw eich llyfrau o 30 Mehefin ymlaen.")), "TC006", "'rhoi'r gorau i' states the end");
    }

    // ---- TC009 next steps -----------------------------------------------------------------------------------

    [Fact]
    public void An_end_without_a_date_or_hand_over_lacks_next_steps()
    {
        var result = Check(GoodLetter(Finality, "Rydym wedi penderfynu dod â'r cytundeb i ben.").Replace(NextSteps + "\n", "", StringComparison.Ordinal));
        AssertFires(result, "TC009", "no date, final invoice or hand-over");
    }

    [Fact]
    public void A_final_statement_is_a_next_step()
    {
        var result = Check(GoodLetter(Finality, "Rydym wedi penderfynu dod â'r cytundeb i ben.").Replace(NextSteps, "Byddwn yn anfon datganiad terfynol atoch.", StringComparison.Ordinal));
        AssertSilent(result, "TC009", "'datganiad terfynol' is a next step");
    }

    // ---- TC010 goodwill -------------------------------------------------------------------------------------

    [Fact]
    public void A_letter_without_a_gesture_lacks_goodwill()
    {
        AssertFires(Check(GoodLetter(Goodwill)), "TC010", "no refund, waived fee or free work");
    }

    [Fact]
    public void A_refund_is_goodwill()
    {
        AssertSilent(Check(GoodLetter(Goodwill, "Bydd ffi mis Mehefin yn cael ei had-dalu'n llawn.")), "TC010", "'had-dalu'n llawn' returns money");
    }

    // ---- TC011 apology --------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Yn anffodus, rhaid i ni eich hysbysu na allwn barhau.", "'Yn anffodus' and 'rhaid i ni eich hysbysu' are formulas")]
    [InlineData("Rydym yn flin iawn gyda chi am yr oedi.", "'rydym yn flin' means we are cross, not sorry")]
    [InlineData("Mae'n ddrwg gennym os ydych chi'n teimlo felly.", "sorry if you feel that way")]
    public void Formulas_and_anger_are_not_apologies(string sentence, string why)
    {
        AssertFires(Check(GoodLetter(Apology, sentence)), "TC011", why);
    }

    [Theory]
    [InlineData("Mae'n flin gennym na allwn barhau.", "northern 'mae'n flin gennym'")]
    [InlineData("Mae’n wir ddrwg gen i na allwn barhau.", "curly apostrophe and 'wir ddrwg'")]
    [InlineData("Sori na allwn ni barhau.", "the loan 'Sori'")]
    [InlineData("Ymddiheuraf na allwn barhau.", "literary 'Ymddiheuraf'")]
    public void Apologies_in_every_register_count(string sentence, string why)
    {
        AssertSilent(Check(GoodLetter(Apology, sentence)), "TC011", why);
    }

}
