using System.Runtime.Versioning;
using System.Xml.Linq;

namespace Autograder.Cli.Tests;

public sealed class CheckCommandTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    [Fact(Timeout = 180_000)]
    public async Task A_submission_below_the_minimum_fails_the_check_with_each_failure_explained_and_its_shortest_case_written()
    {
        using var folder = new TempFolder();

        var (exitCode, console, error) = await Task.Run(() =>
            CliProcess.Run(Limit, folder.Path, "check", Path.Combine(RepositoryPaths.Samples, "BestFit"), "--min-score", "99"));

        Assert.Equal(ExitCodes.BelowMinimum, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains("  FAILED  first-fit-takes-the-lowest-hole     1/4  the block is not where first fit puts it", console, StringComparison.Ordinal);
        Assert.Contains("Score: 114/120 (95%); the minimum is 99%: NOT met.", console, StringComparison.Ordinal);
        Assert.Contains("expected: the reference puts the block at offset 16", console, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden", console, StringComparison.OrdinalIgnoreCase);
        Assert.True(File.Exists(Path.Combine(folder.Path, "autograder-check", "first-fit-takes-the-lowest-hole.case")));
    }

    [Fact(Timeout = 180_000)]
    public async Task A_correct_submission_passes_the_check_and_writes_junit_for_ci()
    {
        using var folder = new TempFolder();
        var junit = Path.Combine(folder.Path, "junit.xml");

        var (exitCode, console, _) = await Task.Run(() =>
            CliProcess.Run(Limit, folder.Path, "check", Path.Combine(RepositoryPaths.Samples, "LinkedList"), "--junit", junit));

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("Score: 120/120 (100%)", console, StringComparison.Ordinal);
        var suite = Assert.Single(XDocument.Load(junit).Root!.Elements("testsuite"));
        Assert.Equal(30, (int)suite.Attribute("tests")!);
        Assert.Equal(0, (int)suite.Attribute("failures")!);
    }

    [Fact(Timeout = 180_000)]
    public async Task Checking_the_folder_one_is_in_names_the_submission_after_that_folder()
    {
        using var folder = new TempFolder();
        var submission = Directory.CreateDirectory(Path.Combine(folder.Path, "ada.lovelace")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Samples, "LinkedList"), "*.cs"))
        {
            File.Copy(file, Path.Combine(submission, Path.GetFileName(file)));
        }

        var (exitCode, _, _) = await Task.Run(() => CliProcess.Run(Limit, submission, "check", ".", "--junit", "junit.xml"));

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("ada.lovelace", (string)XDocument.Load(Path.Combine(submission, "junit.xml")).Root!.Element("testsuite")!.Attribute("name")!);
        Assert.StartsWith("### ✅ Zone allocator: ada.lovelace scored 120 of 120", File.ReadAllText(Path.Combine(submission, "autograder-check", "summary.md")), StringComparison.Ordinal);
    }

    [Fact(Timeout = 180_000)]
    [SupportedOSPlatform("linux")]
    public async Task Where_bubblewrap_is_installed_but_cannot_build_a_sandbox_the_check_runs_without_it_and_says_why()
    {
        using var folder = new TempFolder();
        // A bwrap that fails as it does in a container without user namespaces.
        var fakeBin = Directory.CreateDirectory(Path.Combine(folder.Path, "bin")).FullName;
        var bwrap = Path.Combine(fakeBin, "bwrap");
        File.WriteAllText(bwrap, "#!/bin/sh\necho 'bwrap: No permissions to create new namespace' >&2\nexit 1\n");
        File.SetUnixFileMode(bwrap, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var path = fakeBin + ":" + Environment.GetEnvironmentVariable("PATH");

        var (exitCode, console, _) = await Task.Run(() => CliProcess.Run(
            Limit, folder.Path, new Dictionary<string, string> { ["PATH"] = path }, "check", Path.Combine(RepositoryPaths.Samples, "LinkedList")));

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains(
            "note: your code runs in a separate process but without a sandbox (bubblewrap is installed but cannot build its sandbox here, saying \"bwrap: No permissions to create new namespace\"; in a container, allow user namespaces, or grade on the host).",
            console,
            StringComparison.Ordinal);
        Assert.Contains("Score: 120/120 (100%)", console, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_path_that_does_not_exist_says_what_to_pass()
    {
        using var folder = new TempFolder();

        var (exitCode, _, error) = await Task.Run(() => CliProcess.Run(Limit, folder.Path, "check", "no-such-folder"));

        Assert.Equal(ExitCodes.UserError, exitCode);
        Assert.Equal("error: 'no-such-folder' does not exist. Pass your submission's folder (the one with your .cs files) or a .dll.\n", error);
    }
}
