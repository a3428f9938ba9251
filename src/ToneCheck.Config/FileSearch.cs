namespace ToneCheck.Config;

/// <summary>The files a letter's folder and its parents hold, nearest first: how tonecheck.yml and suppressions are found.</summary>
public static class FileSearch
{
    public static IEnumerable<string> Upwards(string folder, string name)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, name);
            if (File.Exists(candidate)) yield return candidate;
        }
    }

    public static string? Nearest(string folder, string name) => Upwards(folder, name).FirstOrDefault();
}
