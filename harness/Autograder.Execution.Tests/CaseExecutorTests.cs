using Zones;
using Zones.Reference;
using static Autograder.Execution.Tests.Steps;

namespace Autograder.Execution.Tests;

public sealed class CaseExecutorTests
{
    private static readonly Func<INativeHeap, IZoneAllocator> Reference = heap => new ReferenceZoneAllocator(heap);

    [Fact]
    public void Offsets_are_measured_from_the_heap_block_of_exactly_the_zone_size()
    {
        var observation = CaseExecutor.Run(Case(Create(100), Alloc(0, 10), Alloc(1, 20)), Reference);

        Assert.Equal(RegionFinding.Exact, observation.Steps[0].Region);
        Assert.Equal(100, observation.Steps[0].Value);
        Assert.Equal([0L, 16L], observation.Steps.Skip(1).Select(step => step.Value));
        Assert.All(observation.Steps.Skip(1), step => Assert.True(step.InsideRegion));
    }

    [Fact]
    public void A_zone_left_alive_is_destroyed_after_the_last_step_and_nothing_leaks()
    {
        var observation = CaseExecutor.Run(Case(Create(64), Alloc(0, 8)), Reference);

        var teardown = Assert.Single(observation.Teardown);
        Assert.Equal(StepOutcome.Returned, teardown.Outcome);
        Assert.Empty(observation.Leaks);
        Assert.True(observation.RanToEnd);
        Assert.Equal(0, observation.Counters.LiveBlocks);
    }

    [Fact]
    public void A_contract_violation_is_observed_with_its_message()
    {
        var observation = CaseExecutor.Run(Case(Create(64), Alloc(0, 8), Free(0), Free(0)), Reference);

        Assert.Equal(StepOutcome.Violation, observation.Steps[3].Outcome);
        Assert.Contains("freed already", observation.Steps[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stale_zone_handle_stays_dead_because_no_address_is_handed_out_twice()
    {
        var observation = CaseExecutor.Run(Case(Create(64), Destroy(), Create(64), Destroy()) with { ZoneNames = ["z"] }, Reference);

        Assert.All(observation.Steps, step => Assert.Equal(StepOutcome.Returned, step.Outcome));
        Assert.Empty(observation.Teardown);
    }

    [Fact]
    public void A_constructor_that_throws_is_a_fault_not_a_crash()
    {
        var observation = CaseExecutor.Run(Case(Create(64)), _ => throw new InvalidOperationException("boom"));

        Assert.False(observation.RanToEnd);
        Assert.Empty(observation.Steps);
        Assert.StartsWith("the allocator's constructor threw InvalidOperationException: boom", observation.Fault, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_heap_free_is_attributed_to_the_step_that_made_it()
    {
        var observation = CaseExecutor.Run(Case(Create(64), Alloc(0, 8), Free(0)), heap => new FreesTwiceOnZfree(heap));

        Assert.Equal([0, 0, 1], observation.Steps.Select(step => step.HeapErrors));
        var error = Assert.Single(observation.HeapErrors);
        Assert.Equal(2, error.StepIndex);
        Assert.Contains("double free", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_outside_the_region_is_reported_and_never_written_to()
    {
        var observation = CaseExecutor.Run(Case(Create(64), Alloc(0, 8)), heap => new ReturnsItsZoneRecord(heap));

        Assert.Equal(StepOutcome.Returned, observation.Steps[1].Outcome);
        Assert.False(observation.Steps[1].InsideRegion);
    }

    private sealed class FreesTwiceOnZfree(INativeHeap heap) : AlteredReference(heap)
    {
        public override void Zfree(nint zone, nint block)
        {
            var scratch = Heap.Malloc(8);
            Heap.Free(scratch);
            Heap.Free(scratch);
            base.Zfree(zone, block);
        }
    }

    // Hands out the zone record itself as a block: writing a pattern there would corrupt the record.
    private sealed class ReturnsItsZoneRecord(INativeHeap heap) : AlteredReference(heap)
    {
        public override nint Zalloc(nint zone, nuint bytes) => zone;
    }
}
