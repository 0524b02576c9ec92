namespace Zones.Heap.Tests;

public sealed class TrackedHeapLimitTests
{
    [Fact]
    public void Malloc_past_the_byte_limit_returns_zero_and_is_counted_as_refused()
    {
        using var heap = new TrackedHeap(new TrackedHeapOptions { ByteLimit = 100 });

        var a = heap.Malloc(60);
        var refused = heap.Malloc(41);
        var fits = heap.Malloc(40);

        Assert.NotEqual(0, a);
        Assert.Equal(0, refused);
        Assert.NotEqual(0, fits);
        Assert.Equal(1, heap.Counters.RefusedMallocs);
        Assert.Equal(100UL, heap.Counters.LiveBytes);
    }

    [Fact]
    public void Freeing_makes_room_under_the_limit_again()
    {
        using var heap = new TrackedHeap(new TrackedHeapOptions { ByteLimit = 64 });
        var a = heap.Malloc(64);
        Assert.Equal(0, heap.Malloc(1));

        heap.Free(a);

        Assert.NotEqual(0, heap.Malloc(64));
    }

    [Fact]
    public void A_request_larger_than_memory_is_refused_rather_than_thrown()
    {
        using var heap = new TrackedHeap();

        var huge = heap.Malloc(nuint.MaxValue - 8);

        Assert.Equal(0, huge);
        Assert.Equal(1, heap.Counters.RefusedMallocs);
        Assert.Equal(0, heap.Counters.LiveBlocks);
    }
}
