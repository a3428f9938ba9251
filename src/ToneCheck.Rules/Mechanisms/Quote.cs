namespace ToneCheck.Rules.Mechanisms;

/// <summary>Quoting the letter in a message: one line, and short enough to read in an editor's hover.</summary>
public static class Quote
{
    public static string Shorten(string text, int max = 80)
    {
        var flat = string.Join(' ', text.Split(['\r', '\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : flat[..(max - 3)] + "...";
    }
}
