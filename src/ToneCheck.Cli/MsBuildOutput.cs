using System.Text;
using ToneCheck.Engine.Reporting;

namespace ToneCheck.Cli;

/// <summary><c>path(line,col,endLine,endCol): warning TC001: message</c>, the line shape editors' problem matchers read.</summary>
internal static class MsBuildOutput
{
    public static string Render(IReadOnlyList<FileReport> files)
    {
        var sb = new StringBuilder();
        foreach (var file in files)
        {
            if (file.Error is not null)
            {
                sb.Append($"{file.Path}: error TC000: {file.Error}\n");
                continue;
            }
            foreach (var d in file.Active)
                sb.Append($"{file.Path}({d.StartLine},{d.StartColumn},{d.EndLine},{d.EndColumn}): {d.Severity} {d.RuleId}: {d.Message}\n");
        }
        return sb.ToString();
    }
}
