using Zones;

namespace Autograder.Checking.Tests;

public sealed class DivergenceDetectionTests
{
    public static TheoryData<string, DivergenceKind, int> BrokenAllocators => new()
    {
        { nameof(ReturnsNullForLargeBlocks), DivergenceKind.NullMismatch, 2 },
        { nameof(ShiftsBlocksByEight), DivergenceKind.WrongOffset, 1 },
        { nameof(MisalignsBlocks), DivergenceKind.Misaligned, 1 },
        { nameof(ReturnsTheFirstBlockAgain), DivergenceKind.Overlap, 2 },
        { nameof(ReturnsBlocksPastTheRegion), DivergenceKind.OutsideRegion, 1 },
        { nameof(KeepsMetadataInTheRegion), DivergenceKind.PayloadDamaged, 5 },
        { nameof(BlockSizeReturnsFootprint), DivergenceKind.WrongValue, 3 },
        { nameof(DumpsWithoutHeader), DivergenceKind.DumpMismatch, 7 },
        { nameof(IgnoresBadFrees), DivergenceKind.MissingViolation, 6 },
        { nameof(RejectsZoneSize), DivergenceKind.UnexpectedViolation, 4 },
        { nameof(BlockSizeThrowsNullReference), DivergenceKind.UnexpectedException, 3 },
        { nameof(FreesScratchTwice), DivergenceKind.HeapMisuse, 0 },
        { nameof(RegionOutsideTheHeap), DivergenceKind.RegionNotTaken, 0 },
    };

    [Theory]
    [MemberData(nameof(BrokenAllocators))]
    public void Each_check_catches_the_allocator_broken_in_exactly_its_way(string allocator, DivergenceKind kind, int step)
    {
        var grade = Grading.Grade(Grading.EveryOperation, Build(allocator), minimize: false);

        Assert.NotNull(grade.Verdict.Divergence);
        Assert.Equal((kind, step), (grade.Verdict.Divergence.Kind, grade.Verdict.Divergence.StepIndex));
    }

    [Fact]
    public void No_check_fires_on_the_reference()
    {
        var grade = Grading.GradeReference(Grading.EveryOperation);

        Assert.Null(grade.Verdict.Divergence);
        Assert.True(grade.Verdict.IsLeakFree);
        Assert.Null(grade.Minimized);
    }

    [Fact]
    public void A_leak_is_measured_apart_from_correctness_and_names_where_it_was_allocated()
    {
        var grade = Grading.Grade(Grading.EveryOperation, heap => new LeaksOnFree(heap), minimize: false);

        Assert.True(grade.Verdict.IsCorrect);
        Assert.False(grade.Verdict.IsLeakFree);
        Assert.Equal(72UL, grade.Verdict.LeakedBytes); // three zfree calls (the rejected double free too), 24 bytes each
        Assert.All(grade.Verdict.Leaks, leak => Assert.StartsWith("LeaksOnFree.Zfree (BrokenAllocators.cs:", leak.Site, StringComparison.Ordinal));
    }

    [Fact]
    public void A_zone_the_case_leaves_alive_is_destroyed_before_leaks_are_counted()
    {
        var @case = new CaseBuilder("left-alive").Zone("z", 64).Alloc("a", "z", 8).Build();

        var grade = Grading.GradeReference(@case);

        Assert.True(grade.Verdict.IsCorrect);
        Assert.True(grade.Verdict.IsLeakFree);
    }

    [Fact]
    public void A_run_that_stopped_early_fails_at_the_first_step_it_did_not_reach_and_measures_no_leaks()
    {
        var @case = Grading.EveryOperation;
        var complete = new Execution.InProcessCaseRunner(heap => new LeaksOnFree(heap)).Run(@case, Execution.ExecutionOptions.Default);
        var crashed = complete with { Steps = complete.Steps.Take(4).ToList(), RanToEnd = false, Fault = "the worker crashed: stack overflow" };

        var verdict = new DifferentialChecker().Check(@case, Grading.Reference.For(@case), crashed);

        Assert.Equal((DivergenceKind.Stopped, 4), (verdict.Divergence!.Kind, verdict.Divergence.StepIndex));
        Assert.Contains("stack overflow", verdict.Divergence.Actual, StringComparison.Ordinal);
        Assert.False(verdict.IsLeakFree);
        Assert.Empty(verdict.Leaks);
    }

    [Fact]
    public void A_constructor_that_throws_stops_the_run_before_the_first_step()
    {
        var grade = Grading.Grade(Grading.EveryOperation, _ => throw new InvalidOperationException("no heap for me"), minimize: false);

        Assert.Equal((DivergenceKind.Stopped, 0), (grade.Verdict.Divergence!.Kind, grade.Verdict.Divergence.StepIndex));
        Assert.Contains("constructor threw InvalidOperationException: no heap for me", grade.Verdict.Divergence.Actual, StringComparison.Ordinal);
    }

    [Fact]
    public void In_blocks_only_mode_a_dump_without_header_passes()
    {
        var checker = new DifferentialChecker(new CheckOptions { DumpMode = DumpCheckMode.BlocksOnly });
        var @case = Grading.EveryOperation;
        var actual = new Execution.InProcessCaseRunner(heap => new DumpsWithoutHeader(heap)).Run(@case, Execution.ExecutionOptions.Default);

        Assert.True(checker.Check(@case, Grading.Reference.For(@case), actual).IsCorrect);
    }

    private static Func<INativeHeap, IZoneAllocator> Build(string name)
    {
        var type = typeof(PassThroughAllocator).Assembly.GetTypes().Single(t => t.Name == name);
        return heap => (IZoneAllocator)Activator.CreateInstance(type, heap)!;
    }
}
