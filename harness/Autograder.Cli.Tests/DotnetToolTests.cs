namespace Autograder.Cli.Tests;

/// <summary>
/// The grader as a dotnet tool, installed outside the repository: packed with dotnet pack, installed into a
/// temporary tool path from the pack folder alone, and run from a folder that is no repository.
/// </summary>
public sealed class DotnetToolTests
{
    // dotnet pack builds the grader in Release, and a busy machine can take minutes for that.
    private static readonly TimeSpan PackLimit = TimeSpan.FromMinutes(8);
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(2);

    // Slow on purpose (a minute or more): it runs dotnet pack, which builds the whole grader in Release, then
    // installs the package. Leave it out of a quick run with --filter "Speed!=Slow".
    [Fact(Timeout = 900_000)]
    [Trait("Speed", "Slow")]
    public async Task Installed_as_a_dotnet_tool_the_grader_checks_a_sample_outside_the_repository_with_its_worker_and_templates()
    {
        using var folder = new TempFolder();
        var packs = Path.Combine(folder.Path, "packs");
        var tools = Path.Combine(folder.Path, "tools");
        var elsewhere = Directory.CreateDirectory(Path.Combine(folder.Path, "student")).FullName;
        var config = Path.Combine(folder.Path, "nuget.config");
        // Only the pack folder is a source: the test needs no network and cannot pick up a package of the same name from elsewhere.
        File.WriteAllText(config, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n  </packageSources>\n</configuration>\n");
        var rubric = Path.Combine(RepositoryPaths.Root, "grading.json");
        var sample = Path.Combine(RepositoryPaths.Samples, "LinkedList");
        var autograder = Path.Combine(tools, "autograder");

        var pack = await Task.Run(() => Dotnet(PackLimit, RepositoryPaths.Root, "pack", Path.Combine(RepositoryPaths.Root, "harness", "Autograder.Cli"), "-o", packs));
        var install = await Task.Run(() => Dotnet(RunLimit, folder.Path, "tool", "install", "--tool-path", tools, "--add-source", packs, "--configfile", config, "Autograder.Cli"));
        var help = await Task.Run(() => ChildProcess.Run(RunLimit, elsewhere, null, autograder, "--help"));
        var check = await Task.Run(() => ChildProcess.Run(RunLimit, elsewhere, null, autograder, "check", sample, "--rubric", rubric, "--junit", "junit.xml"));
        var checkWithoutRubric = await Task.Run(() => ChildProcess.Run(RunLimit, elsewhere, null, autograder, "check", sample));
        var gradeWithoutRubric = await Task.Run(() => ChildProcess.Run(RunLimit, elsewhere, null, autograder, "grade", sample));

        Assert.True(pack.ExitCode == 0, pack.Output + pack.Error);
        Assert.True(install.ExitCode == 0, install.Output + install.Error);
        Assert.Equal(0, help.ExitCode);
        Assert.All(["check", "grade", "import-trace", "package"], command => Assert.Contains($"  {command}", help.Output, StringComparison.Ordinal));
        Assert.True(check.ExitCode == ExitCodes.Success, check.Output + check.Error);
        Assert.Contains("Score: 120/120 (100%)", check.Output, StringComparison.Ordinal);
        Assert.Contains("<testsuite", File.ReadAllText(Path.Combine(elsewhere, "junit.xml")), StringComparison.Ordinal);
        Assert.Equal((ExitCodes.UserError, "error: No --rubric given and no repository grading.json here: pass --rubric FILE, the course's grading.json.\n"), (checkWithoutRubric.ExitCode, checkWithoutRubric.Error));
        Assert.Equal(ExitCodes.UserError, gradeWithoutRubric.ExitCode);
        Assert.Matches("^error: No --rubric given[^\n]*--rubric FILE[^\n]*\n$", gradeWithoutRubric.Error);
    }

    private static (int ExitCode, string Output, string Error) Dotnet(TimeSpan limit, string workingDirectory, params string[] arguments) =>
        ChildProcess.Run(limit, workingDirectory, new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" }, "dotnet", arguments);
}
