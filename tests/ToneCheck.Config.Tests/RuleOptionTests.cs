using ToneCheck.Engine;
using ToneCheck.Rules;

namespace ToneCheck.Config.Tests;

/// <summary>Every rule option, set in a config file, changes what its rule reports.</summary>
public class RuleOptionTests
{
    private static IEnumerable<string> Ids(string yaml, string letter)
    {
        var config = ConfigFile.Parse("root: true\n" + yaml, "tonecheck.yml");
        var values = config.Rules.SelectMany(r => r.Value.Options.Select(o => KeyValuePair.Create(RuleOptions.Key(r.Key, o.Key), o.Value)));
        var checker = new ToneChecker(options: new RuleOptions(values.ToDictionary()), language: "en");
        return checker.Check(letter).Diagnostics.Select(d => d.Id);
    }

    // Three reasons in one long paragraph: under the default of five, at a setting of three.
    private const string ThreeReasons =
        "Hi Dana,\n\nI have decided to end our bookkeeping agreement on 30 June. Because the volume of receipts has tripled this year " +
        "and because the payroll now runs weekly, the work has grown well beyond what a one-person practice like mine can do well " +
        "for a business of your size, and I would rather hand it over properly than let the quality slip over the coming months.\n\n" +
        "Thank you for four good years.\n\nBest wishes,\nRob";

    [Fact]
    public void Stacked_reasons_sets_how_many_reasons_make_a_paragraph_over_justified()
    {
        Assert.DoesNotContain("TC003", Ids("", ThreeReasons));
        Assert.DoesNotContain("TC003", Ids("rules:\n  TC003:\n    stacked-reasons: 4\n", ThreeReasons));
        Assert.Contains("TC003", Ids("rules:\n  TC003:\n    stacked-reasons: 3\n", ThreeReasons));
    }

    private const string TwoGrievances =
        "Hi Dana,\n\nI have decided to end our agreement on 30 June. Over the last quarter:\n\n" +
        "- invoices were paid two months late\n- you ignored the agreed deadlines\n\n" +
        "Thank you for your business over the years.\n\nBest,\nRob";

    [Fact]
    public void Grievance_list_items_sets_how_long_a_list_of_complaints_must_be()
    {
        Assert.DoesNotContain(Ids("", TwoGrievances), id => id == "TC003");
        Assert.Contains("TC003", Ids("rules:\n  TC003:\n    grievance-list-items: 2\n", TwoGrievances));
    }

    private const string WishesOnly =
        "Hi Sam,\n\nWe have decided to end our design retainer on 30 June, and we will send all your files by then. " +
        "Thank you for three years of work together.\n\nWe wish you every success with the launch.\n\nBest,\nAlex";

    private const string AbusiveWithWishes =
        "Dear Mrs Dunn,\n\nIn line with our zero-tolerance policy on abuse towards staff, we are ending our client relationship. " +
        "We wish you all the very best for the future.\n\nYours sincerely,\nDr Fenwick";

    [Fact]
    public void Good_wishes_chooses_when_wishes_stand_in_for_a_referral()
    {
        Assert.Contains("TC005", Ids("", WishesOnly));
        Assert.DoesNotContain("TC005", Ids("", AbusiveWithWishes));

        Assert.DoesNotContain("TC005", Ids("rules:\n  TC005:\n    good-wishes: always\n", WishesOnly));
        Assert.Contains("TC005", Ids("rules:\n  TC005:\n    good-wishes: never\n", AbusiveWithWishes));
        Assert.DoesNotContain("TC005", Ids("rules:\n  TC005:\n    good-wishes: abusive-customer\n", AbusiveWithWishes));
    }

    [Fact]
    public void Every_declared_option_is_covered_by_a_test_here()
    {
        // A new option must come with a behaviour test in this class; this list is the reminder.
        var covered = new[] { "TC003.stacked-reasons", "TC003.grievance-list-items", "TC005.good-wishes" };
        var declared = RuleCatalog.All.SelectMany(r => r.Options.Select(o => RuleOptions.Key(r.Id, o.Name))).Order().ToArray();
        Assert.Equal(covered.Order(), declared);
    }
}
