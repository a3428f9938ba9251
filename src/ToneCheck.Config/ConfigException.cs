namespace ToneCheck.Config;

/// <summary>A configuration or suppressions file that cannot be used, with the place to fix it.</summary>
public sealed class ConfigException(string file, int line, int column, string problem)
    : Exception($"{file}({line},{column}): {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public int Column { get; } = column;
    public string Problem { get; } = problem;
}
