using System.Diagnostics;
using System.Net;
using System.Net.Mail;
using System.Net.Sockets;

namespace ToneCheck.Cli.Tests;

/// <summary>
/// <c>tonecheck mail</c> wired into a real Postfix as the README shows: an after-queue <c>content_filter</c> on an
/// SMTP listener, a pipe to a wrapper that stamps the message and reinjects it with sendmail, bounces it on exit
/// code 65 and defers it otherwise. Postfix runs as its own instance (its own configuration, queue and loopback
/// port under <see cref="Home"/>) and delivers local mail to a pipe that saves each message as a file. Needs
/// Postfix installed and root, as in <c>.ci/run</c>.
/// </summary>
public class PostfixTests
{
    // A fixed folder: sendmail run by an unprivileged user (the filter reinjecting) honours another configuration
    // only when the system's main.cf lists it in alternate_config_directories.
    private const string Home = "/tmp/tonecheck-postfix";
    private const string SystemConfig = "/etc/postfix/main.cf";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Postfix_delivers_a_clean_letter_stamped_and_bounces_one_with_an_error_to_its_sender()
    {
        Assert.True(File.Exists("/usr/sbin/postfix"), "Postfix is not installed (apt-get install postfix; .ci/run does).");
        Assert.True(Environment.UserName == "root", "starting a Postfix instance needs root, as in CI.");
        bool ownsSystemConfig = !File.Exists(SystemConfig);
        if (!ownsSystemConfig)
            Assert.True(File.ReadAllText(SystemConfig).Contains(Home + "/conf"),
                $"{SystemConfig} exists: add 'alternate_config_directories = {Home}/conf' to it to run this test beside the machine's own Postfix.");

        int port = FreePort();
        Prepare(port);
        if (ownsSystemConfig) File.WriteAllText(SystemConfig, $"alternate_config_directories = {Home}/conf\n");
        try
        {
            await RunAsync(true, "/usr/sbin/postfix", "-c", $"{Home}/conf", "start");
            using (var smtp = new SmtpClient("127.0.0.1", port))
            {
                await smtp.SendMailAsync(Letter("Our work together",
                    "Dear Sam,\n\nThank you for the three years we have worked together. We have decided to end our agreement on 30 June, and this decision is final.\n\nAlex\n"));
                await smtp.SendMailAsync(Letter("Ending this", "Dear Sam,\n\nYou are an idiot and this is entirely your fault. We are done.\n\nAlex\n"));
            }

            var delivered = await DeliveredAsync(count: 2);
            string Log() => File.Exists($"{Home}/maillog") ? File.ReadAllText($"{Home}/maillog") : "(no log)";
            var stamped = delivered.SingleOrDefault(m => m.Contains("Subject: Our work together"));
            Assert.True(stamped is not null, "the clean letter was not delivered:\n" + Log());
            Assert.Contains("X-ToneCheck-Status: flagged", stamped);
            Assert.Contains("X-ToneCheck-Report:", stamped);
            Assert.Contains("Thank you for the three years we have worked together.", stamped);

            // The letter with an error never reaches Sam: its sender gets Postfix's bounce, which quotes the
            // wrapper's report line.
            Assert.DoesNotContain(delivered, m => m.Contains("Subject: Ending this") && m.Contains("To: sam@localhost") && !m.Contains("MAILER-DAEMON"));
            var bounce = delivered.SingleOrDefault(m => m.Contains("MAILER-DAEMON"));
            Assert.True(bounce is not null, "no bounce came back to the sender:\n" + Log());
            Assert.Contains("X-ToneCheck-Report: error", bounce);
        }
        finally
        {
            await RunAsync(false, "/usr/sbin/postfix", "-c", $"{Home}/conf", "stop");
            if (ownsSystemConfig) File.Delete(SystemConfig);
        }
    }

    // Plain 7-bit text, so the body arrives as written and can be compared.
    private static MailMessage Letter(string subject, string body) =>
        new("alex@localhost", "sam@localhost", subject, body) { BodyTransferEncoding = System.Net.Mime.TransferEncoding.SevenBit };

    /// <summary>The instance's configuration, the filter wrapper, the delivery pipe, and a copy of the built CLI that
    /// the unprivileged pipe user can read (the test's own folder may sit in a private home).</summary>
    private static void Prepare(int port)
    {
        if (Directory.Exists(Home)) Directory.Delete(Home, recursive: true);
        foreach (var dir in new[] { "conf", "queue", "data", "out", "app" }) Directory.CreateDirectory(Path.Combine(Home, dir));
        CopyFolder(Cli.BaseDir, $"{Home}/app");
        File.WriteAllText($"{Home}/conf/main.cf", string.Join("\n",
            "compatibility_level = 3.6",
            $"queue_directory = {Home}/queue",
            $"data_directory = {Home}/data",
            "mail_owner = postfix",
            "setgid_group = postdrop",
            "myhostname = tonecheck.test",
            "mydestination = localhost, tonecheck.test",
            "inet_interfaces = 127.0.0.1",
            "inet_protocols = ipv4",
            "mynetworks = 127.0.0.0/8",
            "alias_maps =",
            "local_recipient_maps =",
            "local_transport = saved",
            $"maillog_file = {Home}/maillog",
            "maillog_file_prefixes = /tmp",
            "smtputf8_enable = no") + "\n");
        File.WriteAllText($"{Home}/conf/master.cf", File.ReadAllText("/etc/postfix/master.cf") + string.Join("\n",
            $"127.0.0.1:{port} inet n - n - - smtpd",
            "  -o content_filter=tonecheck:dummy",
            "tonecheck unix - n n - 4 pipe",
            "  flags=Rq user=nobody null_sender=",
            $"  argv={Home}/tonecheck-filter -f ${{sender}} -- ${{recipient}}",
            "saved unix - n n - 1 pipe",
            "  flags=R user=nobody",
            $"  argv={Home}/save") + "\n");
        // The README's wrapper, with the instance's configuration for the reinjection and the rules alone.
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
        File.WriteAllText($"{Home}/tonecheck-filter", string.Join("\n",
            "#!/bin/sh",
            "out=$(mktemp) || exit 75",
            "trap 'rm -f \"$out\"' EXIT",
            $"HOME=/tmp {dotnet} {Home}/app/tonecheck.dll mail --no-model --reject-on error >\"$out\"",
            "case $? in",
            $"  0)  exec /usr/sbin/sendmail -C {Home}/conf -G -i \"$@\" <\"$out\" ;;",
            "  65) grep -m1 '^X-ToneCheck-Report:' \"$out\"; exit 65 ;;",
            "  *)  exit 75 ;;",
            "esac") + "\n");
        File.WriteAllText($"{Home}/save", $"#!/bin/sh\ncat > {Home}/out/$(date +%s%N).$$.eml\n");
        Chmod("755", $"{Home}/tonecheck-filter", $"{Home}/save");
        Chmod("777", $"{Home}/out");
        Chmod("-R", "a+rX", $"{Home}/app");
        Run("chown", "postfix", $"{Home}/data");
    }

    private static async Task<List<string>> DeliveredAsync(int count)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var files = Directory.GetFiles($"{Home}/out", "*.eml");
            if (files.Length >= count || watch.Elapsed > Patience)
            {
                await Task.Delay(500); // a file seen may still be being written
                return Directory.GetFiles($"{Home}/out", "*.eml").Select(File.ReadAllText).ToList();
            }
            await Task.Delay(250);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
    }

    private static void Chmod(params string[] args) => Run("chmod", args);

    private static void Run(string program, params string[] args) => RunAsync(true, program, args).GetAwaiter().GetResult();

    /// <param name="check">Whether a non-zero exit code fails the test.</param>
    private static async Task RunAsync(bool check, string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        if (check) Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {process.ExitCode}: {await output}{await error}");
    }
}
