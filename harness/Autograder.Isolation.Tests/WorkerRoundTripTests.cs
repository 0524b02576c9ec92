using Autograder.Cases;
using Autograder.Checking;
using Autograder.Execution;

namespace Autograder.Isolation.Tests;

public sealed class WorkerRoundTripTests
{
    [Fact(Timeout = 120_000)]
    public async Task A_correct_submission_gets_the_same_observations_through_the_worker_as_in_process()
    {
        await Task.Yield();
        var @case = CaseParser.Load(Path.Combine(RepositoryPaths.Cases, "public", "05-first-fit-takes-the-lowest-hole.case"));
        var submission = Submissions.Sample("LinkedList");
        using var runner = new IsolatedCaseRunner(submission);

        var observed = runner.Run(@case, ExecutionOptions.Default);

        var verdict = new DifferentialChecker().Check(@case, new ReferenceAnswers().For(@case), observed);
        Assert.True(observed.RanToEnd, observed.Fault);
        Assert.True(verdict.IsCorrect && verdict.IsLeakFree);
        Assert.Equal(@case.Steps.Count, observed.Steps.Count);
        Assert.Equal(SandboxAvailability.Missing is null, runner.IsSandboxed);
    }
}
