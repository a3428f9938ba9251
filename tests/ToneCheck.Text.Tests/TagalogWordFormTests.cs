using ToneCheck.Text;

namespace ToneCheck.Text.Tests;

/// <summary>The Tagalog fold: the forms writers use of one word fold together, so a pattern written once matches them.</summary>
public class TagalogWordFormTests
{
    private static readonly Func<string, string> Fold = WordForms.For("tl");

    [Theory]
    [InlineData("ibibigay", "ibigay")]
    [InlineData("binayaran", "bayaran")]
    [InlineData("ipinaliwanag", "ipaliwanag")]
    [InlineData("ipapaliwanag", "ipaliwanag")]
    [InlineData("kayong", "kayo")]
    [InlineData("pong", "po")]
    [InlineData("nyo", "ninyo")]
    [InlineData("niyo", "ninyo")]
    [InlineData("ninyong", "ninyo")]
    [InlineData("naming", "namin")]
    [InlineData("pwede", "puwede")]
    [InlineData("pasensiya", "pasensya")]
    [InlineData("tiwalang", "tiwala")]
    [InlineData("laging", "palagi")]
    [InlineData("maibabalik", "ibabalik")]
    [InlineData("naibalik", "ibalik")]
    [InlineData("maitutuloy", "itutuloy")]
    [InlineData("maipagpapatuloy", "ipagpatuloy")]
    public void Forms_of_one_word_fold_together(string form, string other) => Assert.Equal(Fold(other), Fold(form));

    [Theory]
    [InlineData("hindi", "hindi")]
    [InlineData("ninyo", "namin")]
    [InlineData("kami", "kayo")]
    public void Different_words_stay_apart(string a, string b)
    {
        if (a == b) Assert.Equal(Fold(a), Fold(b));
        else Assert.NotEqual(Fold(a), Fold(b));
    }

    [Fact]
    public void The_fold_is_safe_from_several_threads()
    {
        var words = new[] { "magbabayad", "ibibigay", "kayong", "ninyong", "paulit", "pinagkatiwalaan", "maitutuloy" };
        var expected = words.Select(Fold).ToArray();
        Parallel.For(0, 2000, i => Assert.Equal(expected[i % words.Length], Fold(words[i % words.Length])));
    }
}
