using Autograder.Cases;
using Autograder.Checking;
using Autograder.Compilation;
using Autograder.Isolation;
using Autograder.Scoring;

namespace Autograder.Cli.Tests;

public sealed class MinimizeCommandTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    [Fact(Timeout = 240_000)]
    public async Task A_failing_case_is_explained_and_its_shortest_failing_case_written_which_fails_the_sample_and_passes_linked_list()
    {
        using var folder = new TempFolder();
        var sample = Path.Combine(RepositoryPaths.Samples, "NoCoalescing");

        var (exitCode, console, error) = await Task.Run(() => CliProcess.Run(Limit, folder.Path, "minimize", sample, "random-small-trace"));

        Assert.Equal((ExitCodes.Success, string.Empty), (exitCode, error));
        Assert.Contains("problem:  the block is not where first fit puts it", console, StringComparison.Ordinal);
        Assert.Contains("\nWrote random-small-trace-minimized.case: ", console, StringComparison.Ordinal);
        var minimized = CaseParser.Load(Path.Combine(folder.Path, "random-small-trace-minimized.case"));
        Assert.InRange(minimized.Steps.Count, 2, 10);
        Assert.All(minimized.Steps.Where(step => step.Operation is Operation.CreateZone or Operation.Zalloc), step => Assert.NotEqual(ExpectationKind.None, step.Expect));

        using var cache = new TempFolder();
        var grader = new SubmissionGrader(
            new SubmissionCompiler(cache.Path),
            Rubric.ForCases([minimized]) with { TimeLimit = Scoring.TimeLimit.FromSeconds(30) },
            new ReferenceAnswers(),
            WorkerOptions.Default,
            calibration: null);
        var buggy = Assert.Single(grader.Grade(sample).Grades);
        var correct = Assert.Single(grader.Grade(Path.Combine(RepositoryPaths.Samples, "LinkedList")).Grades);
        Assert.Equal(DivergenceKind.WrongOffset, buggy.Verdict.Divergence?.Kind);
        Assert.True(correct.Verdict.IsCorrect && correct.Verdict.IsLeakFree, FailureText.Render(correct.Case, correct.Verdict));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_case_the_submission_passes_writes_nothing()
    {
        using var folder = new TempFolder();

        var (exitCode, console, error) = await Task.Run(() =>
            CliProcess.Run(Limit, folder.Path, "minimize", Path.Combine(RepositoryPaths.Samples, "LinkedList"), Path.Combine(RepositoryPaths.Cases, "public", "10-coalesce-both-sides.case")));

        Assert.Equal((ExitCodes.Success, string.Empty), (exitCode, error));
        Assert.EndsWith(
            "coalesce-both-sides passes: every step agrees with the reference and nothing leaks. There is nothing to minimize; nothing was written.\n",
            console,
            StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_submission_that_does_not_compile_gets_the_compiler_message_and_exit_code_2()
    {
        using var folder = new TempFolder();
        var submission = Directory.CreateDirectory(Path.Combine(folder.Path, "Mine")).FullName;
        File.WriteAllText(Path.Combine(submission, "ZoneAllocator.cs"), "public sealed class ZoneAllocator : Zones.IZoneAllocator { int }\n");

        var (exitCode, _, error) = await Task.Run(() => CliProcess.Run(Limit, folder.Path, "minimize", "Mine", "first-fit-takes-the-lowest-hole"));

        Assert.Equal(ExitCodes.UserError, exitCode);
        Assert.StartsWith("error: Mine does not compile:\n", error, StringComparison.Ordinal);
        Assert.Contains("ZoneAllocator.cs(1,", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "first-fit-takes-the-lowest-hole-minimized.case")));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_hidden_case_by_name_is_not_minimized()
    {
        using var folder = new TempFolder();

        var (exitCode, console, error) = await Task.Run(() =>
            CliProcess.Run(Limit, folder.Path, "minimize", Path.Combine(RepositoryPaths.Samples, "NextFit"), "fill-until-full"));

        Assert.Equal(ExitCodes.UserError, exitCode);
        Assert.Equal(string.Empty, console);
        Assert.StartsWith("error: 'fill-until-full' is hidden: students cannot see its steps.", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }
}
