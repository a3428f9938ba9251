using System.CommandLine;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using ToneCheck.Config;
using ToneCheck.Engine;
using ToneCheck.Engine.Fixing;

namespace ToneCheck.Cli;

/// <summary>
/// <c>tonecheck fix</c>: applies the fixes findings carry. One letter is printed fixed to standard output; with
/// <c>--write</c>, every letter named (folders included) is rewritten in place, atomically, keeping FILE.orig.
/// </summary>
internal static class FixCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Letter files, folders (with --write), or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var insertMissing = new Option<bool>("--insert-missing") { Description = "Also insert the suggested sentence for each missing element, where it belongs." };
        var write = new Option<bool>("--write") { Description = "Rewrite the files in place (atomically) instead of printing the fixed letter." };
        var noBackup = new Option<bool>("--no-backup") { Description = "With --write, do not keep the original as FILE.orig." };
        var options = new CheckerOptions();
        var command = new Command("fix", "Apply the suggested fixes that are safe to make mechanically.") { paths, insertMissing, write, noBackup };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            if (!options.TryCreate(parse, stderr, out ConfiguredCheckers checkers)) return ExitCodes.UsageOrInput;
            bool inPlace = parse.GetValue(write);
            bool inputError = false;
            var inputs = CheckRunner.ExpandInputs(parse.GetValue(paths)!, checkers, stderr, ref inputError);
            if (!inPlace && inputs.Count != 1)
            {
                stderr.WriteLine("tonecheck: fix prints one letter; to fix several, add --write to rewrite them in place.");
                return ExitCodes.UsageOrInput;
            }
            if (inPlace && inputs.Contains("-"))
            {
                stderr.WriteLine("tonecheck: --write cannot rewrite standard input; leave it out to print the fixed letter.");
                return ExitCodes.UsageOrInput;
            }
            foreach (var input in inputs)
            {
                if (input != "-" && ToneCheck.Mail.MailLetter.IsMailFile(input))
                {
                    // Rewriting a MIME message would mean re-encoding parts the writer never sees; fix the draft instead.
                    stderr.WriteLine($"tonecheck: {input}: fix rewrites plain-text letters, not email messages; fix the draft before it is sent.");
                    inputError = true;
                    continue;
                }
                try
                {
                    var text = input == "-" ? LetterInput.ReadStream(CheckRunner.StdinStream(stdin), "<stdin>") : LetterInput.ReadFile(input);
                    var checker = checkers.For(input == "-" ? Directory.GetCurrentDirectory() : input);
                    var result = LetterFixer.Fix(checker, text, input, parse.GetValue(insertMissing));
                    int left = result.Remaining.Count(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Info);
                    stderr.WriteLine($"tonecheck: {(input == "-" ? "<stdin>" : input)}: {result.Applied.Length} fixed{(result.Applied.IsEmpty ? "" : $" ({string.Join(", ", result.Applied.Distinct())})")}, {left} left for the writer.");
                    if (!inPlace) result.Text.Write(stdout);
                    else if (result.Changed) WriteAtomically(input, result.Text, backup: !parse.GetValue(noBackup));
                }
                catch (InputException e) { stderr.WriteLine($"tonecheck: {e.Message}"); inputError = true; }
                catch (Exception e) when (e is ConfigException or ToneCheck.Ml.ModelException or IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"tonecheck: {e.Message}");
                    return ExitCodes.UsageOrInput;
                }
                catch (ToneCheck.Packs.PackLoadException e)
                {
                    PackCommands.WriteErrors(e, stderr);
                    return ExitCodes.UsageOrInput;
                }
            }
            return inputError ? ExitCodes.UsageOrInput : ExitCodes.Clean;
        });
        return command;
    }

    // The new text goes to a temporary file beside the letter, then replaces it by rename, so a crash or a full disk
    // never leaves half a letter; the original is copied to FILE.orig first. The letter's own encoding is kept.
    private static void WriteAtomically(string path, SourceText text, bool backup)
    {
        var temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", $".{Path.GetFileName(path)}.{Environment.ProcessId}.tonecheck-tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new StreamWriter(stream, text.Encoding ?? new UTF8Encoding(false)))
            {
                text.Write(writer);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }
            if (backup) File.Copy(path, path + ".orig", overwrite: true);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
