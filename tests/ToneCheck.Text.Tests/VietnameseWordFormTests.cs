using System.Text;
using ToneCheck.Text;

namespace ToneCheck.Text.Tests;

/// <summary>The Vietnamese fold: one form for both tone-mark placements and for decomposed (NFD) pastes; tones stay apart.</summary>
public class VietnameseWordFormTests
{
    private static readonly Func<string, string> Fold = WordForms.For("vi");

    [Theory]
    [InlineData("hóa", "hoá")]
    [InlineData("khỏe", "khoẻ")]
    [InlineData("thủy", "thuỷ")]
    [InlineData("xóa", "xoá")]
    [InlineData("hủy", "huỷ")]
    [InlineData("tòa", "toà")]
    public void Both_tone_mark_placements_fold_together(string a, string b) => Assert.Equal(Fold(a), Fold(b));

    [Theory]
    [InlineData("chấm")]
    [InlineData("người")]
    [InlineData("đồng")]
    [InlineData("hoá")]
    public void Decomposed_text_folds_like_composed_text(string word) =>
        Assert.Equal(Fold(word), Fold(word.Normalize(NormalizationForm.FormD)));

    [Theory]
    [InlineData("lỗi", "lời")]
    [InlineData("cảm", "cam")]
    [InlineData("đồng", "dòng")]
    public void Different_tones_and_letters_stay_apart(string a, string b) => Assert.NotEqual(Fold(a), Fold(b));

    [Fact]
    public void The_fold_is_safe_across_threads()
    {
        var words = new[] { "hoá", "thuỷ", "khoẻ", "người" };
        var expected = words.Select(Fold).ToArray();
        Parallel.For(0, 2000, i => Assert.Equal(expected[i % words.Length], Fold(words[i % words.Length])));
    }

    [Fact]
    public void Syllables_are_separate_tokens()
    {
        var letter = LetterParser.For("vi").Parse(Microsoft.CodeAnalysis.Text.SourceText.From("Chúng tôi cảm ơn Quý khách và xin chấm dứt hợp đồng."), "thu.txt");
        var words = letter.Sentences.SelectMany(s => s.Tokens).Where(t => t.IsWord).Select(t => t.Text).ToArray();
        Assert.Contains("Quý", words);
        Assert.Contains("khách", words);
        Assert.Contains("chấm", words);
        Assert.Contains("dứt", words);
    }
}
