using ToneCheck.Engine;

namespace ToneCheck.Rules.Tests;

/// <summary>Shapes of real letters that once produced noise or hid a finding.</summary>
public class RealLetterShapeTests
{
    private static readonly ToneChecker Checker = new();

    private static IEnumerable<string> Ids(string text) => Checker.Check(text, "letter.txt").Diagnostics.Select(d => d.Id);

    [Fact]
    public void A_reference_line_in_capitals_after_the_greeting_is_not_shouting()
    {
        var text = "Dear Tenant,\n\nRE: NOTICE REQUIRING POSSESSION - FLAT 3, 9 ALBION ROAD\n\nYour tenancy will end on 31 August 2025.\n\nYours faithfully,\nAlbion Lettings";
        Assert.DoesNotContain("TC008", Ids(text));
    }

    [Theory]
    [InlineData("NOTICE TO ALL CUSTOMERS OF THE HIGH STREET BRANCH (UNIT 4, RIVERSIDE):\n\nThe branch will close on 30 June. Thank you for your custom.", "en")]
    [InlineData("ABISO SA MGA KUSTOMER NG BRGY. SAN ISIDRO:\n\nMagandang araw po. Isasara na po namin ang aming tindahan sa Hunyo 30. Maraming salamat po sa inyong pagtangkilik.", "tl")]
    public void A_notices_heading_line_in_capitals_is_not_shouting(string text, string language) =>
        Assert.DoesNotContain("TC008", new ToneChecker(language: language).Check(text).Diagnostics.Select(d => d.Id));

    [Theory]
    [InlineData("WE WILL NOT BE TAKING ANY MORE OF YOUR ORDERS.\n\nThe account closes on 30 June.")]
    [InlineData("Hi Tom,\n\nOur last day is 30 June.\n\nWE WILL NOT BE TAKING ANY MORE OF YOUR ORDERS\n\nSam")]
    [InlineData("WE WILL NOT BE TAKING ANY MORE OF YOUR ORDERS")]
    public void Capitals_that_end_like_a_sentence_or_stand_inside_the_letter_are_still_shouting(string text) =>
        Assert.Contains("TC008", Ids(text));

    [Fact]
    public void A_negation_in_one_coordinated_clause_does_not_reach_the_next()
    {
        var result = Checker.Check("Hi Tom,\n\nYou never pay on time and frankly your constant micromanaging is exhausting. We won't be doing any more work for you.\n\nSam");
        Assert.Contains(result.Diagnostics, d => d.Id == "TC001" && result.Text.ToString(d.Location.SourceSpan) == "You never pay on time");
        Assert.Contains(result.Diagnostics, d => d.Id == "TC002" && result.Text.ToString(d.Location.SourceSpan) == "your constant micromanaging is exhausting");
    }

    [Fact]
    public void Two_separate_faults_of_one_rule_in_one_sentence_are_both_reported()
    {
        var result = Checker.Check("Hi Tom,\n\nThe site was redone because you kept changing your mind, and you never paid on time.\n\nSam");
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "TC001"));
    }

    [Fact]
    public void A_one_paragraph_notice_with_a_title_is_checked_as_a_letter()
    {
        var text = "Notice of closure of your seller account\n\nYour seller account will be closed on 1 July 2025. Sellers wishing to continue trading online may consider other marketplaces. We thank you for your participation in the marketplace.";
        var ids = Ids(text).ToList();
        Assert.DoesNotContain("TC004", ids);
        Assert.DoesNotContain("TC005", ids);
        Assert.DoesNotContain("TC006", ids);
        Assert.DoesNotContain("TC009", ids);
    }

    [Fact]
    public void A_text_message_with_typos_and_odd_spacing_keeps_its_elements()
    {
        var text = "hey mark,,  so  basically we cant keep doing the lawn for u after this month ,the van died. sorry mate. ill send the last bill on the 30th and theres a guy called Dev in the village who does gardens, ill text u his number. cheers for all the jobs over the years";
        var ids = Ids(text).ToList();
        Assert.DoesNotContain("TC004", ids);
        Assert.DoesNotContain("TC005", ids);
        Assert.DoesNotContain("TC006", ids);
        Assert.DoesNotContain("TC011", ids);
        Assert.Contains("TC010", ids);
    }
}
