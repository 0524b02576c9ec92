namespace Zones.Heap.Tests;

public sealed class TrackedHeapCounterTests
{
    [Fact]
    public void Malloc_and_free_are_counted_with_live_and_peak_bytes()
    {
        using var heap = new TrackedHeap();

        var a = heap.Malloc(100);
        var b = heap.Malloc(28);
        heap.Free(a);
        var c = heap.Malloc(10);

        Assert.Equal(new HeapCounters(MallocCalls: 3, FreeCalls: 1, RefusedMallocs: 0, LiveBlocks: 2, LiveBytes: 38, PeakBytes: 128, Errors: 0), heap.Counters);
        Assert.True(heap.IsLive(b));
        Assert.True(heap.IsLive(c));
        Assert.False(heap.IsLive(a) && a != c);
    }

    [Fact]
    public void Freeing_null_does_nothing_and_is_not_counted()
    {
        using var heap = new TrackedHeap();

        heap.Free(0);

        Assert.Equal(default, heap.Counters);
        Assert.Empty(heap.Errors);
    }

    [Fact]
    public void Malloc_of_zero_bytes_hands_out_a_distinct_block_that_must_be_freed()
    {
        using var heap = new TrackedHeap();

        var a = heap.Malloc(0);
        var b = heap.Malloc(0);

        Assert.NotEqual(0, a);
        Assert.NotEqual(a, b);
        Assert.Equal(2, heap.Counters.LiveBlocks);
        Assert.Equal(0UL, heap.Counters.LiveBytes);
        heap.Free(a);
        heap.Free(b);
        Assert.Equal(0, heap.Counters.LiveBlocks);
        Assert.Empty(heap.Errors);
    }

    [Fact]
    public void The_memory_handed_out_is_writable_for_its_whole_size()
    {
        using var heap = new TrackedHeap();

        var block = heap.Malloc(4096);
        var span = Span(block, 4096);
        span.Fill(0xAB);

        Assert.All(span.ToArray(), b => Assert.Equal(0xAB, b));
        heap.Free(block);
    }

    [Fact]
    public void Ten_thousand_blocks_are_all_tracked_and_all_freed()
    {
        using var heap = new TrackedHeap();
        var blocks = Enumerable.Range(1, 10_000).Select(i => heap.Malloc((nuint)(i % 97 + 1))).ToList();

        Assert.Equal(10_000, heap.Counters.LiveBlocks);
        Assert.All(blocks, b => Assert.True(heap.IsLive(b)));
        foreach (var block in blocks)
        {
            heap.Free(block);
        }

        Assert.Equal(0, heap.Counters.LiveBlocks);
        Assert.Equal(0UL, heap.Counters.LiveBytes);
        Assert.Empty(heap.Errors);
    }

    [Fact]
    public void An_address_handed_out_again_after_a_free_can_be_freed_again()
    {
        using var heap = new TrackedHeap();

        // glibc hands the same address back for the same size; either way no error may be recorded.
        for (var i = 0; i < 100; i++)
        {
            heap.Free(heap.Malloc(48));
        }

        Assert.Empty(heap.Errors);
        Assert.Equal(0, heap.Counters.LiveBlocks);
    }

    [Fact]
    public void Leaks_are_listed_lowest_address_first_with_their_sizes()
    {
        using var heap = new TrackedHeap();
        var kept = new[] { heap.Malloc(24), heap.Malloc(40), heap.Malloc(8) };
        heap.Free(heap.Malloc(64));

        var leaks = heap.LiveAllocations();

        Assert.Equal(kept.Order(), leaks.Select(l => l.Address));
        Assert.Equal(72UL, leaks.Aggregate(0UL, (sum, l) => sum + l.Size));
        Assert.All(leaks, l => Assert.Null(l.Site));
    }

    [Fact]
    public void A_disposed_heap_refuses_further_use()
    {
        var heap = new TrackedHeap();
        heap.Malloc(16);

        heap.Dispose();

        Assert.Throws<ObjectDisposedException>(() => heap.Malloc(16));
    }

    private static unsafe Span<byte> Span(nint address, int length) => new((void*)address, length);
}
