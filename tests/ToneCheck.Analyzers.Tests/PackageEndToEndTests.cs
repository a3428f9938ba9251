namespace ToneCheck.Analyzers.Tests;

/// <summary>
/// Packs ToneCheck.Analyzers once into a folder feed in a temporary directory. The analyzer is already built in this
/// configuration (this project references it), so packing does not build again. Consumers restore into their own
/// packages folder there, so a package repacked under the same version is never served stale from the machine's cache.
/// </summary>
public sealed class PackedAnalyzer : IAsyncLifetime
{
    public const string Version = "0.1.0";

    public string Root { get; } = Directory.CreateTempSubdirectory("tonecheck-analyzers-").FullName;

    public string Feed => Path.Combine(Root, "feed");

    public string Packages => Path.Combine(Root, "packages");

    public async Task InitializeAsync()
    {
        var project = Path.Combine(TestPaths.RepoRoot, "src", "ToneCheck.Analyzers", "ToneCheck.Analyzers.csproj");
        var pack = await DotNet.RunAsync(Root, new Dictionary<string, string>(),
            "pack", project, "--no-build", "--no-restore", "-c", TestPaths.Configuration, "-o", Feed, "-p:Version=" + Version);
        Assert.True(pack.ExitCode == 0, pack.ToString());
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The package in a real <c>dotnet build</c> of a small project that lists its letters with
/// <c>&lt;ToneCheckLetters&gt;letters/**/*.txt&lt;/ToneCheckLetters&gt;</c>: diagnostics printed at the letters' lines and
/// columns, no analyzer failure (AD0001, which is how a dependency missing from the package shows), and severities from
/// a .globalconfig and from WarningsAsErrors failing the build.
/// </summary>
public class PackageEndToEndTests(PackedAnalyzer package) : IClassFixture<PackedAnalyzer>
{
    [Fact]
    public async Task The_build_prints_findings_at_the_letters_lines_and_columns()
    {
        var consumer = WriteConsumer("plain");
        // .editorconfig sections do not reach diagnostics on additional files: this must not turn TC001 into an error.
        File.WriteAllText(Path.Combine(consumer, ".editorconfig"), "root = true\n\n[*.txt]\ndotnet_diagnostic.TC001.severity = error\n");

        var build = await BuildAsync(consumer);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains($"letters/goodbye.txt{Letters.Position(Letters.Goodbye)}: warning TC001: ", build.Output);
        Assert.Contains($"letters/more/second.txt{Letters.Position(Letters.Goodbye)}: warning TC001: ", build.Output);
        Assert.DoesNotContain("notes.txt", build.Output);
        Assert.DoesNotContain(": error ", build.Output);
    }

    [Fact]
    public async Task An_error_severity_in_a_globalconfig_fails_the_build()
    {
        var consumer = WriteConsumer("globalconfig");
        File.WriteAllText(Path.Combine(consumer, ".globalconfig"), "is_global = true\n\ndotnet_diagnostic.TC001.severity = error\n");

        var build = await BuildAsync(consumer);

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Contains($"letters/goodbye.txt{Letters.Position(Letters.Goodbye)}: error TC001: ", build.Output);
    }

    [Fact]
    public async Task WarningsAsErrors_fails_the_build()
    {
        var consumer = WriteConsumer("warnaserror");

        var build = await BuildAsync(consumer, "-p:WarningsAsErrors=TC001");

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Contains($"letters/goodbye.txt{Letters.Position(Letters.Goodbye)}: error TC001: ", build.Output);
    }

    private async Task<DotNet.Result> BuildAsync(string consumer, params string[] extra)
    {
        // No build servers: nothing outlives the test, and each build loads the analyzer afresh.
        var build = await DotNet.RunAsync(consumer, new Dictionary<string, string> { ["NUGET_PACKAGES"] = package.Packages },
            ["build", "--disable-build-servers", .. extra]);
        // A dependency missing from the package, or an analyzer the compiler cannot load, shows only as these warnings.
        foreach (var failure in new[] { "AD0001", "CS8032", "CS9057" })
            Assert.False(build.Output.Contains(failure, StringComparison.Ordinal), $"{failure} in the build:\n{build}");
        return build;
    }

    private string WriteConsumer(string name)
    {
        var dir = Path.Combine(package.Root, name);
        Directory.CreateDirectory(Path.Combine(dir, "letters", "more"));
        File.WriteAllText(Path.Combine(dir, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{package.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ToneCheckLetters>letters/**/*.txt</ToneCheckLetters>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ToneCheck.Analyzers" Version="[{PackedAnalyzer.Version}]" />
                <AdditionalFiles Include="notes.txt" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Empty.cs"), "namespace Consumer;\n\npublic static class Empty { }\n");
        File.WriteAllText(Path.Combine(dir, "letters", "goodbye.txt"), Letters.Plain(Letters.Goodbye));
        File.WriteAllText(Path.Combine(dir, "letters", "more", "second.txt"), Letters.Plain(Letters.Goodbye));
        // An additional file that is not a letter: an attack in it must not be reported.
        File.WriteAllText(Path.Combine(dir, "notes.txt"), Letters.Plain(Letters.Attack));
        return dir;
    }
}
