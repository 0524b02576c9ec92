using Autograder.Cases;
using Autograder.Checking;
using Autograder.Execution;

namespace Autograder.Isolation.Tests;

/// <summary>
/// Every hostile sample, graded end to end in a sandboxed worker: each gets the right verdict with a
/// clear reason, the grader survives, and the next case runs in a fresh worker.
/// </summary>
public sealed class HostileSubmissionTests
{
    // The hostile samples misbehave in their first zalloc of 24 bytes: step 3 here (index 2).
    private static readonly CaseDefinition Trigger = CaseParser.Parse(
        """
        case hostile-trigger
        description Two blocks, the second of 24 bytes, then everything freed.
        z = create_zone 256
        a = zalloc z 16
        b = zalloc z 24
        zfree z a
        zfree z b
        destroy_zone z
        """,
        "hostile-trigger.case");

    private static readonly CaseDefinition After = CaseParser.Parse(
        """
        case after-the-trigger
        description A case run after the hostile one, in whatever worker is left.
        z = create_zone 64
        a = zalloc z 8
        zfree z a
        destroy_zone z
        """,
        "after-the-trigger.case");

    private static readonly ReferenceAnswers Reference = new();
    private static readonly WorkerOptions Options = WorkerOptions.Default with { CaseTimeLimit = TimeSpan.FromSeconds(3) };

    [Theory(Timeout = 120_000)]
    [InlineData("InfiniteLoop", DivergenceKind.TimedOut, "Hostile.InfiniteLoop.Zalloc")]
    [InlineData("SleepForever", DivergenceKind.TimedOut, "Hostile.SleepForever.Zalloc")]
    [InlineData("StackOverflow", DivergenceKind.Stopped, "Stack overflow")]
    [InlineData("AccessViolation", DivergenceKind.Stopped, "AccessViolationException")]
    [InlineData("ExitsTheProcess", DivergenceKind.Stopped, "exited with code 0 in the middle of the case")]
    [InlineData("FailFast", DivergenceKind.Stopped, "Process terminated")]
    [InlineData("ThrowsOnAnotherThread", DivergenceKind.Stopped, "Unhandled exception")]
    [InlineData("AllocatesNativeUntilRefused", DivergenceKind.NullMismatch, "returns 0 (null)")]
    [InlineData("AllocatesManagedWithoutBound", DivergenceKind.UnexpectedException, "OutOfMemoryException")]
    [InlineData("WritesIntoTheChannel", DivergenceKind.Stopped, "the worker sent a garbled message (step 0: the outcome is 9, out of range (0 to 3))")]
    public async Task A_hostile_submission_fails_at_the_step_it_misbehaves_with_the_reason(string sample, DivergenceKind kind, string reason)
    {
        await Task.Yield();
        using var runner = new IsolatedCaseRunner(Submissions.Hostile(sample), Options);

        var verdict = Check(Trigger, runner);
        var next = Check(After, runner);

        Assert.True(verdict.Divergence is not null, $"{sample} passed");
        Assert.Equal((kind, 2), (verdict.Divergence.Kind, verdict.Divergence.StepIndex));
        Assert.True(verdict.Divergence.Actual.Contains(reason, StringComparison.Ordinal), $"'{reason}' is not in: {verdict.Divergence.Actual}");
        Assert.True(next.IsCorrect, $"the case after {sample}'s failed: {next.Divergence?.Actual}");
    }

    [Theory(Timeout = 120_000)]
    [InlineData("ThreadsThatNeverStop")]
    [InlineData("StartsAProcess")]
    [InlineData("OpensASocket")]
    [InlineData("ReadsFiles")]
    [InlineData("WritesFakeChannelMessages")]
    public async Task A_hostile_submission_that_the_sandbox_contains_passes_and_changes_nothing_outside(string sample)
    {
        await Task.Yield();
        Assert.True(SandboxAvailability.Missing is null, $"these tests need the sandbox: {SandboxAvailability.Missing}");
        File.Delete("/tmp/pwned");
        using var runner = new IsolatedCaseRunner(Submissions.Hostile(sample), Options);

        var verdict = Check(Trigger, runner);

        Assert.True(verdict.IsCorrect, $"{sample}: {verdict.Divergence?.Actual}");
        Assert.True(verdict.IsLeakFree);
        Assert.False(File.Exists("/tmp/pwned"), "a sandboxed process wrote to the host's /tmp");
    }

    [Fact(Timeout = 120_000)]
    public async Task Native_memory_taken_past_the_heap_is_stopped_by_the_workers_cgroup()
    {
        await Task.Yield();
        var limited = Options with { MemoryLimit = 768UL << 20, ManagedHeapLimit = 256UL << 20, CaseTimeLimit = TimeSpan.FromSeconds(30) };
        using var runner = new IsolatedCaseRunner(Submissions.Hostile("AllocatesNativeMemoryDirectly"), limited);
        Assert.True(runner.IsCgroupLimited, "these tests need a writable cgroup (run as root where /sys/fs/cgroup is writable)");

        var verdict = Check(Trigger, runner);
        var next = Check(After, runner);

        Assert.Equal((DivergenceKind.Stopped, 2), (verdict.Divergence?.Kind, verdict.Divergence?.StepIndex));
        Assert.Contains("signal 9", verdict.Divergence!.Actual, StringComparison.Ordinal);
        Assert.True(next.IsCorrect);
    }

    [Fact(Timeout = 120_000)]
    public async Task Tampering_with_the_heap_through_reflection_does_not_hide_the_leaks()
    {
        await Task.Yield();
        using var runner = new IsolatedCaseRunner(Submissions.Hostile("TampersWithTheHeap"), Options);

        var verdict = Check(Trigger, runner);

        Assert.False(verdict.IsCorrect && verdict.IsLeakFree, "the tampering submission got full marks");
    }

    [Fact(Timeout = 240_000)]
    public async Task A_correct_submission_gets_the_same_grade_alone_as_after_hostile_ones_in_the_same_run()
    {
        await Task.Yield();
        var alone = GradeLinkedList();
        foreach (var sample in new[] { "InfiniteLoop", "StackOverflow", "ExitsTheProcess", "WritesFakeChannelMessages" })
        {
            using var hostile = new IsolatedCaseRunner(Submissions.Hostile(sample), Options);
            Check(Trigger, hostile);
        }

        var afterwards = GradeLinkedList();

        Assert.Equal(alone, afterwards);
        Assert.All(afterwards, verdict => Assert.Equal("correct, leak-free", verdict));
    }

    private static List<string> GradeLinkedList()
    {
        using var runner = new IsolatedCaseRunner(Submissions.Sample("LinkedList"), Options);
        return [.. new[] { Trigger, After }.Select(@case => Check(@case, runner)).Select(v => $"{(v.IsCorrect ? "correct" : "wrong")}, {(v.IsLeakFree ? "leak-free" : "leaks")}")];
    }

    private static CaseVerdict Check(CaseDefinition @case, IsolatedCaseRunner runner) =>
        new DifferentialChecker().Check(@case, Reference.For(@case), runner.Run(@case, ExecutionOptions.Default));
}
