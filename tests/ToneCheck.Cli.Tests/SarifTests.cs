using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using ToneCheck.Rules;

namespace ToneCheck.Cli.Tests;

/// <summary>
/// The official SARIF 2.1.0 JSON schema, taken from the Sarif.Sdk package that the test project downloads at
/// restore time (PackageDownload: the nupkg only, nothing referenced). It ships as Schemata/sarif-2.1.0.json.
/// No network is used at test time.
/// </summary>
public static class SarifSchema
{
    public const string PackageFolder = "sarif.sdk/5.8.0";
    public const string SchemaInPackage = "Schemata/sarif-2.1.0.json";

    private static readonly Lazy<JsonSchema> Loaded = new(Load);

    public static JsonSchema Schema => Loaded.Value;

    /// <summary>The NuGet packages folders to look in: the one restore used (baked in at build), then the usual ones.</summary>
    public static IEnumerable<string> PackageRoots()
    {
        var baked = typeof(SarifSchema).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "NuGetPackageRoot")?.Value;
        if (!string.IsNullOrEmpty(baked)) yield return baked;
        var env = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (!string.IsNullOrEmpty(env)) yield return env;
        yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
    }

    public static string FindInPackages()
    {
        var tried = new List<string>();
        foreach (var root in PackageRoots())
        {
            var candidate = Path.Combine(root, PackageFolder, SchemaInPackage);
            if (File.Exists(candidate)) return candidate;
            tried.Add(candidate);
        }
        throw new FileNotFoundException(
            "The SARIF 2.1.0 schema was not found; restore the test project (it downloads Sarif.Sdk 5.8.0). Tried: " +
            string.Join(", ", tried));
    }

    private static JsonSchema Load()
    {
        // Copied next to the tests, so a run leaves a record of the exact schema it validated against.
        var copy = Path.Combine(Cli.BaseDir, "Schemata", "sarif-2.1.0.json");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(FindInPackages(), copy, overwrite: true);
        // The schema has no $id; give it a base URI of its own and a registry of its own, so nothing is fetched.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.FromText(File.ReadAllText(copy), options, new Uri("urn:tonecheck-tests:sarif-2.1.0"));
    }

    public static EvaluationResults Evaluate(string sarif)
    {
        using var doc = JsonDocument.Parse(sarif);
        return Schema.Evaluate(doc.RootElement.Clone(), new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = true, // "uri", "uri-reference" and the rest are checked, not just annotated
        });
    }

    public static string Describe(EvaluationResults results)
    {
        var sb = new StringBuilder();
        foreach (var detail in (results.Details ?? []).Prepend(results))
            if (detail.Errors is { Count: > 0 } errors)
                foreach (var (keyword, message) in errors)
                    sb.Append($"{detail.InstanceLocation} ({detail.EvaluationPath}) {keyword}: {message}\n");
        return sb.Length == 0 ? "(no error messages)" : sb.ToString();
    }
}

/// <summary>
/// The CLI's SARIF, validated against the official SARIF 2.1.0 schema, and checked for what the schema cannot say.
/// In the working-directory collection: relative letter paths are resolved against the test output folder.
/// </summary>
[Collection(WorkingDirectoryCollection.Name)]
public class SarifTests
{
    public static TheoryData<string> Scenarios() =>
        ["good", "several-findings", "crlf-emoji", "three-letters", "folder", "unreadable", "stdin", "odd-path", "odd-path-relative", "nothing"];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Sarif_output_is_valid_against_the_sarif_2_1_0_schema(string scenario)
    {
        var sarif = SarifFor(scenario);

        var results = SarifSchema.Evaluate(sarif);

        Assert.True(results.IsValid, $"SARIF for '{scenario}' is not valid SARIF 2.1.0:\n{SarifSchema.Describe(results)}\n{sarif}");
    }

    /// <summary>The validation is real: the schema rejects SARIF that breaks it.</summary>
    [Theory]
    [InlineData("version")]
    [InlineData("level")]
    [InlineData("message")]
    [InlineData("startLine")]
    [InlineData("extra")]
    public void The_schema_rejects_broken_sarif(string breakage)
    {
        var node = JsonNode.Parse(SarifFor("several-findings"))!;
        var result = node["runs"]![0]!["results"]![0]!.AsObject();
        switch (breakage)
        {
            case "version": node["version"] = "2.0.0"; break;
            case "level": result["level"] = "fatal"; break;
            case "message": result.Remove("message"); break;
            case "startLine": result["locations"]![0]!["physicalLocation"]!["region"]!["startLine"] = 0; break;
            case "extra": node["runs"]![0]!["tool"]!["driver"]!["colour"] = "blue"; break;
        }

        var results = SarifSchema.Evaluate(node.ToJsonString());

        Assert.False(results.IsValid, $"the schema accepted SARIF with a broken {breakage}");
    }

    [Fact]
    public void The_schema_comes_from_the_sarif_sdk_package()
    {
        var path = SarifSchema.FindInPackages();
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Contains("SARIF", doc.RootElement.GetProperty("title").GetString());
        Assert.Contains("2.1.0", doc.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public void Sarif_structure_holds_the_rule_catalogue_and_located_results()
    {
        var sarif = SarifFor("three-letters");
        using var doc = JsonDocument.Parse(sarif);
        var root = doc.RootElement;

        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("ToneCheck", driver.GetProperty("name").GetString());
        Assert.Equal(App.Version, driver.GetProperty("version").GetString());

        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(11, rules.Count);
        for (int i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var expected = RuleCatalog.All[i];
            Assert.Equal(expected.Id, rule.GetProperty("id").GetString());
            Assert.Equal(expected.Name, rule.GetProperty("name").GetString());
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.True(Uri.IsWellFormedUriString(rule.GetProperty("helpUri").GetString(), UriKind.Absolute));
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note" });
        }

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            int index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(ruleId, rules[index].GetProperty("id").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrWhiteSpace(result.GetProperty("message").GetProperty("text").GetString()));
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.StartsWith("Letters/", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            var region = location.GetProperty("region");
            foreach (var key in new[] { "startLine", "startColumn", "endLine", "endColumn" })
                Assert.True(region.GetProperty(key).GetInt32() >= 1, $"{key} < 1 in {result}");
            Assert.True(region.GetProperty("endLine").GetInt32() >= region.GetProperty("startLine").GetInt32());
        }
        Assert.True(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
    }

    [Fact]
    public void An_unreadable_file_becomes_a_tool_notification()
    {
        using var doc = JsonDocument.Parse(SarifFor("unreadable"));
        var invocation = doc.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];

        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var note = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("error", note.GetProperty("level").GetString());
        Assert.Contains("binary", note.GetProperty("message").GetProperty("text").GetString());
    }

    /// <summary>The SARIF the CLI writes for a scenario, with relative paths where the scenario allows.</summary>
    private static string SarifFor(string scenario)
    {
        using var dir = new TempDir(scenario == "odd-path-relative" ? Cli.BaseDir : null);
        string[] inputs;
        string stdin = "";
        switch (scenario)
        {
            case "good" or "several-findings" or "crlf-emoji":
                inputs = [$"Letters/{scenario}.txt"];
                break;
            case "three-letters":
                inputs = ["Letters/good.txt", "Letters/several-findings.txt", "Letters/crlf-emoji.txt"];
                break;
            case "folder":
                inputs = [Cli.Letters]; // absolute: file:/// URIs
                break;
            case "unreadable":
                inputs = [Cli.Letter("several-findings.txt"), dir.File("binary.txt", [0x00, 0x01, 0x02, 0xFF])];
                break;
            case "stdin":
                inputs = ["-"];
                stdin = File.ReadAllText(Cli.Letter("several-findings.txt"));
                break;
            case "odd-path":
                inputs = [dir.File("a folder/lettre à Zoë #1.txt", File.ReadAllBytes(Cli.Letter("crlf-emoji.txt")))];
                break;
            case "odd-path-relative":
                var odd = dir.File("a folder/lettre à Zoë #1.txt", File.ReadAllBytes(Cli.Letter("crlf-emoji.txt")));
                inputs = [Path.GetRelativePath(Cli.BaseDir, odd)];
                break;
            case "nothing":
                inputs = [dir.Path];
                break;
            default:
                throw new ArgumentException(scenario);
        }
        // Relative inputs ("Letters/good.txt") are resolved against the test output folder, so they stay relative URIs.
        var args = new List<string> { "check" };
        args.AddRange(inputs);
        args.AddRange(["--format", "sarif", "--fail-on", "none"]);
        var r = SnapshotTests.InBaseDir(() => Cli.RunWithStdin(stdin, args.ToArray()));
        Assert.True(r.ExitCode is ExitCodes.Clean or ExitCodes.UsageOrInput, r.ToString());
        return r.StdOut;
    }
}
