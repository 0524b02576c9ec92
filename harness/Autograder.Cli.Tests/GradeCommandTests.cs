using System.Text.RegularExpressions;

namespace Autograder.Cli.Tests;

public sealed class GradeCommandTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact(Timeout = 240_000)]
    public async Task Grading_the_bundled_samples_prints_a_row_per_sample_and_writes_their_reports()
    {
        using var output = new TempFolder();

        var (exitCode, console, error) = await Task.Run(() => CliProcess.Run(Limit, RepositoryPaths.Root, "grade", "--out", output.Path));

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(string.Empty, error);
        // The time limits are calibrated on the machine that runs the test.
        var scrubbed = Regex.Replace(console.Replace(output.Path, "<out>", StringComparison.Ordinal), @"Time limits: [0-9.]+ s to [0-9.]+ s", "Time limits: N s to N s");
        Snapshot.Match("grade-bundled-samples", scrubbed);
        Assert.EndsWith("LinkedList passed every case and leaked nothing.\n", File.ReadAllText(Path.Combine(output.Path, "LinkedList", "instructor-notes.txt")), StringComparison.Ordinal);
        Assert.Contains("violation-double-free", File.ReadAllText(Path.Combine(output.Path, "DoubleFreeUndetected", "report.md")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output.Path, "BestFit", "minimized", "first-fit-takes-the-lowest-hole.case")));
        Assert.All(["results.json", "report.html", "report.md", "junit.xml", "summary.md"], file => Assert.True(File.Exists(Path.Combine(output.Path, "BestFit", file)), file));
        Assert.Equal(12, File.ReadAllLines(Path.Combine(output.Path, "gradebook.csv")).Length);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_path_that_does_not_exist_is_one_line_saying_what_to_pass()
    {
        using var output = new TempFolder();

        var (exitCode, console, error) = await Task.Run(() => CliProcess.Run(Limit, RepositoryPaths.Root, "grade", "no/such/folder", "--out", output.Path));

        Assert.Equal(ExitCodes.UserError, exitCode);
        Assert.Equal(string.Empty, console);
        Assert.Equal("error: 'no/such/folder' is neither a folder, a .dll nor a .zip. Pass a submission folder, a .dll, or a folder or .zip of submissions.\n", error);
    }
}
