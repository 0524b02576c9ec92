namespace Zones.Heap.Tests;

public sealed class TrackedHeapLogTests
{
    [Fact]
    public void With_quarantine_a_freed_address_is_never_handed_out_again()
    {
        using var heap = new TrackedHeap(new TrackedHeapOptions { QuarantineFreedBlocks = true });
        var seen = new HashSet<nint>();

        for (var i = 0; i < 1_000; i++)
        {
            var block = heap.Malloc(48);
            Assert.True(seen.Add(block), $"address 0x{block:x} was handed out twice");
            heap.Free(block);
        }

        Assert.Equal(0, heap.Counters.LiveBlocks);
        Assert.Empty(heap.Errors);
    }

    [Fact]
    public void With_quarantine_a_second_free_is_still_a_double_free()
    {
        using var heap = new TrackedHeap(new TrackedHeapOptions { QuarantineFreedBlocks = true });
        var block = heap.Malloc(8);
        heap.Free(block);

        heap.Free(block);

        Assert.Equal(HeapErrorKind.DoubleFree, Assert.Single(heap.Errors).Kind);
    }

    [Fact]
    public void The_allocation_log_lists_exactly_the_blocks_handed_out_while_it_ran()
    {
        using var heap = new TrackedHeap();
        heap.Malloc(10);

        heap.StartAllocationLog();
        var a = heap.Malloc(20);
        var b = heap.Malloc(30);
        var log = heap.StopAllocationLog();
        heap.Malloc(40);

        Assert.Equal([(a, (nuint)20), (b, (nuint)30)], log.Select(entry => (entry.Address, entry.Size)));
        Assert.Empty(heap.StopAllocationLog());
    }
}
