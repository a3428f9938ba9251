using ToneCheck.Engine;
using ToneCheck.Engine.Evaluation;
using Xunit.Abstractions;
using static ToneCheck.Rules.Tests.TestSupport;

namespace ToneCheck.Rules.Tests;

/// <summary>
/// Vietnamese (vi): the dev set above its floors, and for each rule a short letter or sentence written here that
/// must be flagged and a look-alike from the guide's traps that must not (negation before the predicate or a final
/// "đâu", formulaic courtesy, "tạm dừng", "xin phép", letterhead capitals, pronouns shared by reader and writer).
/// </summary>
public class VietnameseTests(ITestOutputHelper output)
{
    const double CoreSixF1Floor = 0.85;
    const double RuleF1Floor = 0.60;

    private static readonly ToneChecker Vietnamese = new(language: "vi");

    private static CheckResult Check(string letter) => Vietnamese.Check(letter, "thu.txt");

    /// <summary>The texts the diagnostics of a rule point at.</summary>
    private static string[] Quotes(CheckResult result, string letter, string ruleId) =>
        result.Diagnostics.Where(d => d.Id == ruleId)
            .Select(d => letter.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length))
            .ToArray();

    private static void AssertFlags(string letter, string ruleId, string words)
    {
        var result = Check(letter);
        var quotes = Quotes(result, letter, ruleId);
        Assert.True(quotes.Any(q => q.Contains(words, StringComparison.Ordinal)),
            $"{ruleId} should quote '{words}'.\nDiagnostics found:\n{Format(result)}");
    }

    private static void AssertSilent(string letter, string ruleId, string why)
    {
        var result = Check(letter);
        Assert.True(!Fires(result, ruleId), $"{ruleId} should stay silent: {why}\nDiagnostics found:\n{Format(result)}");
    }

    private static void AssertFires(string letter, string ruleId, string why)
    {
        var result = Check(letter);
        Assert.True(Fires(result, ruleId), $"{ruleId} should fire: {why}\nDiagnostics found:\n{Format(result)}");
    }

    // A complete, good letter: every element present, no fault. Each document-rule test removes one element.
    private const string Greeting = "Chào chị Vy,";
    private const string Thanks = "Em cảm ơn chị đã tin tưởng giao cho bên em chăm sóc khu vườn nhà mình suốt ba năm qua.";
    private const string Finality = "Bên em xin phép chấm dứt hợp đồng chăm sóc vườn kể từ ngày 15/8.";
    private const string NextSteps = "Đến hết ngày 15/8 đội thợ vẫn qua làm như lịch cũ, và em sẽ gửi lại chị bản vẽ hệ thống tưới.";
    private const string Goodwill = "Phí tháng 8 bên em không thu, coi như chút lòng cảm ơn của team.";
    private const string Apology = "Em xin lỗi vì báo chị hơi gấp.";
    private const string Referral = "Chị có thể tham khảo bên Vườn Xanh, họ nhận chăm sóc sân vườn ở khu nhà chị.";
    private const string SignOff = "Em cảm ơn chị nhiều ạ!";

    private static string Letter(params string[] body) =>
        Lines([Greeting, "", .. body, "", SignOff, "Toàn"]);

    [Fact]
    public void Dev_set_scores_above_the_floors() =>
        DevSetRegressionTests.AssertAboveFloors("vi", Vietnamese, CoreSixF1Floor, RuleF1Floor, output);

    // Letters written after the data was tuned on the dev set (corpus/letters/vi, README there): 201-212 were used to
    // tune, 213-224 held out. Measured on all 24: core-six micro F1 0.86, lowest rule F1 0.78 (TC005 missing-referral).
    [Fact]
    public void Corpus_letters_score_above_the_floors() =>
        DevSetRegressionTests.AssertAboveFloors("vi", Vietnamese, coreSixFloor: 0.84, ruleFloor: 0.75, output, letters: 24,
            folder: CorpusLetters("vi"));

    [Fact]
    public void The_good_letter_is_clean()
    {
        var letter = Letter(Thanks, Finality, NextSteps, Goodwill, Apology, Referral);
        var result = Check(letter);
        Assert.Equal("vi", result.Language);
        Assert.True(result.Diagnostics.Length == 0, Format(result));
    }

    [Fact]
    public void A_vietnamese_letter_is_detected_and_checked()
    {
        var result = new ToneChecker().Check(Letter(Thanks, Finality, NextSteps, Goodwill, Apology, Referral), "thu.txt");
        Assert.Equal("vi", result.Language);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TC000");
    }

    // ---- TC001 blame --------------------------------------------------------------------------------------

    [Fact]
    public void Blame_on_the_reader_as_cause_is_flagged() =>
        AssertFlags(Letter("Bên em phải dừng vì Quý khách liên tục thay đổi yêu cầu sát ngày giao.", Thanks), "TC001", "vì Quý khách liên tục thay đổi");

    [Fact]
    public void The_writers_side_in_an_apology_is_not_blame() =>
        AssertSilent(Letter("Em xin lỗi vì bên em chưa sắp xếp được thợ khác cho chị."), "TC001",
            "\"bên em\" after \"xin lỗi vì\" is what the writer is sorry for");

    [Fact]
    public void The_readers_side_failing_to_send_is_flagged() =>
        AssertFlags(Letter("Báo cáo bị trễ do phía anh không gửi chứng từ đúng hạn."), "TC001", "do phía anh không gửi chứng từ");

    [Fact]
    public void Negated_blame_is_not_blame() =>
        AssertSilent(Letter("Việc dừng hợp tác hoàn toàn không phải do chị chậm thanh toán, mà do lịch bên em đã kín."), "TC001",
            "\"không phải do chị\" takes the reader out of the fault");

    [Fact]
    public void A_capacity_reason_is_not_blame() =>
        AssertSilent(Letter("Do hệ thống của Quý Công ty đã phát triển vượt quá khả năng của chúng tôi, chúng tôi xin dừng hợp tác."), "TC001",
            "a cause that is a capacity limit, not a fault");

    [Fact]
    public void The_writer_calling_themselves_em_is_not_the_reader() =>
        AssertSilent(Letter("Lỗi là ở em vì em nhận quá nhiều việc cùng lúc."), "TC001", "self-blame by a writer who is \"em\"");

    // ---- TC002 personal attack ---------------------------------------------------------------------------

    [Fact]
    public void Judging_the_reader_is_flagged() =>
        AssertFlags(Letter("Nói thẳng là chị quá khó tính và đòi hỏi quá đáng với các bạn thợ."), "TC002", "chị quá khó tính");

    [Fact]
    public void Final_dau_negates_the_judgement() =>
        AssertSilent(Letter("Chị có khó tính đâu, chỉ là lịch bên em không còn chỗ."), "TC002", "a final \"đâu\" negates");

    [Fact]
    public void A_judgement_denied_before_the_predicate_is_silent() =>
        AssertSilent(Letter("Chúng tôi không bao giờ nói anh là người khó làm việc."), "TC002", "\"không bao giờ nói\" denies the judgement");

    // ---- TC003 over-justification ------------------------------------------------------------------------

    [Fact]
    public void Defensive_phrases_are_flagged() =>
        AssertFlags(Letter(Thanks, "Bên em đã cố gắng hết sức và thật sự không còn lựa chọn nào khác.", Finality), "TC003", "cố gắng hết sức");

    [Fact]
    public void A_single_reference_to_a_call_is_not_a_defence() =>
        AssertSilent(Letter("Như đã trao đổi qua điện thoại, bên em xin dừng nhận lịch từ tháng sau."), "TC003",
            "a single \"Như đã trao đổi\" is not over-justification");

    // ---- TC007 negotiable wording ------------------------------------------------------------------------

    [Fact]
    public void A_pause_for_a_while_is_a_hedge() =>
        AssertFlags(Letter("Có lẽ mình nên tạm dừng một thời gian rồi tính tiếp nha chị."), "TC007", "tạm dừng");

    [Fact]
    public void A_condition_reopening_the_decision_is_flagged() =>
        AssertFires(Letter("Nếu chị cam kết thanh toán đúng hạn thì bên em có thể xem xét lại."), "TC007", "a condition that reopens the decision");

    [Fact]
    public void Xin_phep_and_particles_are_courtesy_not_hedges() =>
        AssertSilent(Letter("Em xin phép thôi nhận lịch của chị từ tháng sau nhé.", "Nếu có thắc mắc về việc bàn giao, chị cứ nhắn em ạ."), "TC007",
            "\"xin phép\", \"nhé\", \"ạ\" and a question about the hand-over are not hedges");

    // ---- TC008 hostile tone ------------------------------------------------------------------------------

    [Fact]
    public void A_threat_is_flagged() =>
        AssertFlags(Letter("Không trả đủ thì bên em sẽ báo công an và bóc phốt lên mạng."), "TC008", "báo công an");

    [Fact]
    public void Shouting_at_the_reader_is_flagged() =>
        AssertFlags(Letter("Đề nghị anh KHÔNG liên hệ với nhân viên của chúng tôi."), "TC008", "KHÔNG");

    [Fact]
    public void Official_headings_in_capitals_are_not_shouting() =>
        AssertSilent(Lines(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập – Tự do – Hạnh phúc",
            "",
            "THÔNG BÁO CHẤM DỨT HỢP ĐỒNG DỊCH VỤ",
            "",
            "Kính gửi Quý khách,",
            "",
            "Chúng tôi xin chấm dứt hợp đồng dịch vụ kể từ ngày 1/9. Kính chúc Quý khách sức khỏe.",
            "",
            "Trân trọng,",
            "GIÁM ĐỐC"), "TC008", "letterhead, title and signature capitals are not aimed at the reader");

    // ---- TC004 thanks ------------------------------------------------------------------------------------

    [Fact]
    public void Only_a_sign_off_thanks_is_missing_thanks() =>
        AssertFires(Letter(Finality, NextSteps, Goodwill, Apology, Referral), "TC004", "\"Em cảm ơn chị nhiều ạ!\" is a sign-off");

    [Fact]
    public void Thanks_for_trust_counts_with_cam_on_spelling() =>
        AssertSilent(Letter("Cám ơn chị đã ủng hộ tiệm suốt hai năm.", Finality, NextSteps, Goodwill, Apology, Referral), "TC004",
            "\"cám ơn ... đã ủng hộ\" is real thanks");

    [Fact]
    public void Thanks_for_replying_is_formulaic() =>
        AssertFires(Letter("Cảm ơn chị đã phản hồi.", Finality, NextSteps, Goodwill, Apology, Referral), "TC004", "thanks for a reply is courtesy");

    // ---- TC005 referral ----------------------------------------------------------------------------------

    [Fact]
    public void No_alternative_is_missing_referral() =>
        AssertFires(Letter(Thanks, Finality, NextSteps, Goodwill, Apology, "Kính chúc chị sức khỏe."), "TC005",
            "good wishes alone do not count for a customer who was not abusive");

    [Fact]
    public void A_named_third_party_with_her_number_is_a_referral() =>
        AssertSilent(Letter(Thanks, Finality, NextSteps, Goodwill, Apology, "Em gửi chị số Zalo của chị Ngân bên Tiệm Mây, chị liên hệ thử nha."), "TC005",
            "a third party called \"chị\" like the reader, with her contact");

    // ---- TC006 finality ----------------------------------------------------------------------------------

    [Fact]
    public void A_temporary_pause_is_not_an_end() =>
        AssertFires(Letter(Thanks, "Bên em xin tạm ngưng dịch vụ chăm sóc vườn một thời gian.", Goodwill, Apology, Referral), "TC006",
            "\"tạm ngưng\" is a pause, not an end");

    // Known gap: LetterParser reads only English subject cues ("Subject:", "Re:"), so a "V/v:" line is a header,
    // not a subject whose finality counts. Moving the cues into structure.txt would close it.
    [Fact]
    public void No_longer_taking_a_long_object_is_a_clear_end() =>
        AssertSilent(Letter(Thanks, "Từ tháng 12 em sẽ không nhận chụp ảnh sản phẩm cho shop mình nữa.", NextSteps, Goodwill, Apology, Referral), "TC006",
            "many words between \"không nhận\" and \"nữa\" still end the service");

    [Fact]
    public void Finality_in_the_subject_line_counts() =>
        AssertSilent(Lines("V/v: Chấm dứt hợp đồng chăm sóc vườn", "", Greeting, "", Thanks, NextSteps, Goodwill, Apology, Referral, "", SignOff), "TC006",
            "a \"V/v:\" line states the end");

    // ---- TC009 next steps --------------------------------------------------------------------------------

    [Fact]
    public void An_end_without_date_or_hand_over_is_missing_next_steps() =>
        AssertFires(Letter(Thanks, "Bên em quyết định không tiếp tục nhận chăm sóc vườn nhà chị nữa.", Goodwill, Apology, Referral), "TC009",
            "a clear end with no date, last visit or hand-over");

    [Fact]
    public void Returning_the_keys_by_a_date_is_a_next_step() =>
        AssertSilent(Letter(Thanks, "Bên em quyết định không tiếp tục nhận chăm sóc vườn nhà chị nữa.", "Em sẽ trả lại chìa khóa cổng trước ngày 20/8.", Goodwill, Apology, Referral), "TC009",
            "returning the keys is a hand-over");

    // ---- TC010 goodwill ----------------------------------------------------------------------------------

    [Fact]
    public void A_final_invoice_is_not_goodwill() =>
        AssertFires(Letter(Thanks, Finality, NextSteps, "Hóa đơn cuối cùng và biên bản thanh lý sẽ gửi chị trong tuần.", Apology, Referral), "TC010",
            "the final invoice and close-out minutes are next steps");

    [Fact]
    public void A_refunded_deposit_is_goodwill() =>
        AssertSilent(Letter(Thanks, Finality, NextSteps, "Tiền cọc 2 triệu bên em sẽ hoàn lại đủ cho chị.", Apology, Referral), "TC010",
            "money going back to the customer");

    // ---- TC011 apology -----------------------------------------------------------------------------------

    [Fact]
    public void Regret_to_inform_is_not_an_apology() =>
        AssertFires(Letter(Thanks, "Chúng tôi rất tiếc phải thông báo sẽ chấm dứt hợp đồng chăm sóc vườn kể từ ngày 15/8.", NextSteps, Goodwill, "Mong chị thông cảm.", Referral), "TC011",
            "\"rất tiếc phải thông báo\" and \"Mong ... thông cảm\" are formulas");

    [Fact]
    public void Self_blame_counts_as_an_apology() =>
        AssertSilent(Letter(Thanks, Finality, NextSteps, Goodwill, "Bên em chưa đáp ứng được mong đợi của chị.", Referral), "TC011",
            "\"chưa đáp ứng được\" takes some of the fault");

    [Fact]
    public void Decomposed_text_is_read_like_composed_text()
    {
        var composed = Letter(Thanks, Finality, NextSteps, Goodwill, "Em thành thật xin lỗi chị vì báo gấp.", Referral);
        var decomposed = composed.Normalize(System.Text.NormalizationForm.FormD);
        Assert.DoesNotContain(Check(decomposed).Diagnostics, d => d.Id is "TC004" or "TC006" or "TC011");
    }
}
