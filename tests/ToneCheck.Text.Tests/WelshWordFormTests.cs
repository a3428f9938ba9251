using Microsoft.CodeAnalysis.Text;
using ToneCheck.Text;

namespace ToneCheck.Text.Tests;

/// <summary>
/// The Welsh fold (WordForms): a word and its mutated forms fold together, a clitic written onto a word
/// ("dalu'r", "mae’n") is dropped, and accents are optional, so one lexicon entry matches every form writers type.
/// </summary>
public class WelshWordFormTests
{
    private static readonly Segmenter s_welsh = Segmenter.For("cy");

    [Theory]
    [InlineData("diolch", "ddiolch")]      // soft d -> dd
    [InlineData("talu", "dalu")]           // soft t -> d
    [InlineData("bai", "fai")]             // soft b -> f
    [InlineData("blin", "flin")]
    [InlineData("cwsmer", "gwsmer")]       // soft c -> g
    [InlineData("cwsmer", "nghwsmer")]     // nasal c -> ngh
    [InlineData("cysylltu", "chysylltu")]  // aspirate c -> ch
    [InlineData("llwyddo", "lwyddo")]      // soft ll -> l
    [InlineData("rhoi", "roi")]            // soft rh -> r
    [InlineData("pris", "mhris")]          // nasal p -> mh
    [InlineData("talu", "thalu")]          // aspirate t -> th
    public void Mutated_forms_fold_to_the_radical(string radical, string mutated) =>
        Assert.Equal(s_welsh.Stem(radical), s_welsh.Stem(mutated));

    [Theory]
    [InlineData("dalu'r", "talu")]
    [InlineData("mae'n", "mae")]
    [InlineData("gwerthfawrogi'n", "gwerthfawrogi")]
    [InlineData("i'r", "i")]
    [InlineData("o'ch", "o")]
    [InlineData("heddlu'n", "heddlu")]
    public void A_written_on_clitic_is_dropped(string withClitic, string bare) =>
        Assert.Equal(s_welsh.Stem(bare), s_welsh.Stem(withClitic));

    [Theory]
    [InlineData("siŵr", "siwr")]
    [InlineData("tâl", "tal")]
    [InlineData("cwmnïau", "cwmniau")]
    [InlineData("gwerthfawrogi’n", "gwerthfawrogi")]
    public void Accents_and_curly_apostrophes_do_not_matter(string written, string plain)
    {
        var token = s_welsh.Tokenize(SourceText.From(written), new TextSpan(0, written.Length)).Single();
        Assert.Equal(s_welsh.Stem(plain), token.Stem);
    }

    [Fact]
    public void The_fold_is_safe_to_use_from_several_threads()
    {
        var words = new[] { "ddiolch", "dalu'r", "siŵr", "gwsmer", "mae’n", "nghytundeb" };
        var expected = words.Select(w => WordForms.For("cy")(w.Replace('\u2019', '\''))).ToArray();
        Parallel.For(0, 2000, i =>
        {
            int k = i % words.Length;
            Assert.Equal(expected[k], WordForms.For("cy")(words[k].Replace('\u2019', '\'')));
        });
    }
}
