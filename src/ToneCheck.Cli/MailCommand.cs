using System.CommandLine;
using ToneCheck.Mail;

namespace ToneCheck.Cli;

/// <summary>
/// <c>tonecheck mail</c>: a filter in the manner of spamc. One message on standard input comes back on standard
/// output with X-ToneCheck-Status and X-ToneCheck-Report added and every original byte unchanged.
/// </summary>
internal static class MailCommand
{
    public static Command Create(Func<Stream> openStdin, Func<Stream> openStdout, TextWriter stderr)
    {
        var rejectOn = new Option<string>("--reject-on")
        {
            Description = $"none | error | warning: the lowest severity that makes the exit code {ExitCodes.Rejected} (EX_DATAERR); the stamped message is written all the same.",
            DefaultValueFactory = _ => "none",
        };
        rejectOn.AcceptOnlyFromAmong("none", "error", "warning");
        var checkerOptions = new CheckerOptions();
        var command = new Command("mail", "Filter one email (RFC 5322) from standard input to standard output, adding X-ToneCheck-Status and X-ToneCheck-Report headers.") { rejectOn };
        checkerOptions.AddTo(command);
        command.SetAction(parse =>
        {
            // Configuration errors come before the message is read, so a pipeline can defer it and retry later.
            if (!checkerOptions.TryCreate(parse, stderr, out ToneCheck.Engine.ToneChecker checker)) return ExitCodes.UsageOrInput;
            MailVerdict verdict;
            try
            {
                // Not disposed: they are the process's standard streams, or streams the caller owns.
                verdict = MailFilter.Run(openStdin(), openStdout(), checker);
            }
            catch (IOException e)
            {
                stderr.WriteLine($"tonecheck: mail: {e.Message}");
                return ExitCodes.IoError;
            }
            if (verdict.Status == MailStatus.Unchecked) stderr.WriteLine($"tonecheck: mail: not checked: {verdict.Report}");
            bool reject = parse.GetValue(rejectOn) switch
            {
                "error" => verdict.Errors > 0,
                "warning" => verdict.Errors + verdict.Warnings > 0,
                _ => false,
            };
            return reject ? ExitCodes.Rejected : ExitCodes.Clean;
        });
        return command;
    }
}
