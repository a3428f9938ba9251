using ToneCheck.Config;

namespace ToneCheck.Lsp;

/// <summary>
/// "Ignore this finding": the judged finding goes into the suppressions file the command line reads too, so an
/// editor, CI and the writer agree. The file is the nearest existing tonecheck.suppress.yml above the letter, else
/// a new one beside the nearest tonecheck.yml, else one in the letter's folder.
/// </summary>
internal static class Ignoring
{
    /// <returns>The suppressions file written.</returns>
    public static string Record(string letterPath, string rule, string fingerprint, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(letterPath)) ?? ".";
        var file = FileSearch.Nearest(folder, Suppressions.FileName)
            ?? (FileSearch.Nearest(folder, ConfigFile.FileName) is { } config ? Path.Combine(Path.GetDirectoryName(config)!, Suppressions.FileName) : null)
            ?? Path.Combine(folder, Suppressions.FileName);
        var current = File.Exists(file) ? Suppressions.Load(file) : Suppressions.Empty(file);
        current.With(new Suppression(rule, current.NameOf(letterPath), fingerprint, text.Length == 0 ? null : text)).Save(file);
        return file;
    }
}
