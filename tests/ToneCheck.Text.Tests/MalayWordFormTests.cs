using Microsoft.CodeAnalysis.Text;
using ToneCheck.Text;
using static ToneCheck.Text.LetterRegion;

namespace ToneCheck.Text.Tests;

/// <summary>
/// Malay words fold to their root whatever the affixes, so a pattern written "tamat" meets "menamatkan",
/// "ditamatkan" and "penamatan"; and a Malay letter's greeting, subject and sign-off are found.
/// </summary>
public class MalayWordFormTests
{
    private static readonly Func<string, string> Fold = WordForms.For("ms");

    [Theory]
    [InlineData("tamat", "menamatkan", "ditamatkan", "penamatan")]      // meN- swallows the t
    [InlineData("terima", "menerima", "diterima", "penerimaan")]       // a root that looks prefixed (ter-)
    [InlineData("pulang", "memulangkan", "dipulangkan", "pulangkan")]  // meN- swallows the p
    [InlineData("kembali", "mengembalikan", "dikembalikan", "kembalikan")] // meN- swallows the k
    [InlineData("maki", "memaki", "dimaki", "makian")]                 // me- before m keeps it
    [InlineData("mohon", "memohon", "mohon", "permohonan")]
    [InlineData("kenal", "memperkenalkan", "perkenalkan", "kenalkan")]
    [InlineData("bayar", "membayar", "pembayaran", "dibayar")]
    [InlineData("lewat", "kelewatan", "lewat", "terlewat")]
    [InlineData("masalah", "bermasalah", "masalahnya", "masalah")]     // "-lah" here is part of the root
    public void Affixed_forms_fold_to_the_root(string root, string a, string b, string c)
    {
        Assert.Equal(root, Fold(a));
        Assert.Equal(root, Fold(b));
        Assert.Equal(root, Fold(c));
    }

    [Fact]
    public void Words_that_only_look_alike_stay_apart()
    {
        Assert.NotEqual(Fold("tamat"), Fold("amat"));       // "ended" is not "very"
        Assert.NotEqual(Fold("keadaan"), Fold("mengada"));  // "situation" is not "put on airs"
        Assert.NotEqual(Fold("bermasalah"), Fold("masa"));  // "troublesome" is not "time"
        Assert.Equal("kerana", Fold("kerana"));
    }

    [Fact]
    public void Folding_is_safe_from_several_threads()
    {
        var words = new[] { "menamatkan", "dipulangkan", "memohon", "penerimaan", "kelewatan", "berkhidmat" };
        var expected = words.Select(Fold).ToArray();
        Parallel.For(0, 2000, i => Assert.Equal(expected[i % words.Length], Fold(words[i % words.Length])));
    }

    [Fact]
    public void Formal_malay_letter_has_subject_greeting_body_and_signoff()
    {
        var letter = LetterParser.For("ms").Parse(SourceText.From(string.Join("\n",
            "Assalamualaikum dan salam sejahtera Puan Mei Ling,",   // 0
            "",                                                      // 1
            "PER: PENAMATAN PERKHIDMATAN KATERING",                  // 2
            "",                                                      // 3
            "Terima kasih kerana memilih kami selama dua tahun.",    // 4
            "",                                                      // 5
            "Sekian, terima kasih.",                                 // 6
            "Rahimah")), "surat.txt");

        Assert.Equal(Greeting, letter.LineRegions[0]);
        Assert.Equal(Subject, letter.LineRegions[2]);
        Assert.Equal(Body, letter.LineRegions[4]);
        Assert.Equal(SignOff, letter.LineRegions[6]);
        Assert.Equal(new[] { "mei", "ling" }, letter.RecipientNames.ToArray());
    }

    [Fact]
    public void A_capital_heading_under_the_greeting_is_the_subject()
    {
        var letter = LetterParser.For("ms").Parse(SourceText.From(string.Join("\n",
            "Tuan/Puan,",
            "",
            "PENAMATAN RAWATAN FISIOTERAPI DI KLINIK SINAR",
            "",
            "Dengan hormatnya perkara di atas dirujuk.",
            "",
            "Yang benar,",
            "Dr. Aminah")), "surat.txt");

        Assert.Equal(Subject, letter.LineRegions[2]);
        Assert.Equal(Body, letter.LineRegions[4]);
    }
}
