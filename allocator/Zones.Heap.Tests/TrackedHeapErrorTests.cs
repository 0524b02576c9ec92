using System.Runtime.CompilerServices;

namespace Zones.Heap.Tests;

public sealed class TrackedHeapErrorTests
{
    [Fact]
    public void A_double_free_is_recorded_and_the_process_survives()
    {
        using var heap = new TrackedHeap();
        var block = heap.Malloc(32);
        heap.Free(block);

        heap.Free(block);

        var error = Assert.Single(heap.Errors);
        Assert.Equal(HeapErrorKind.DoubleFree, error.Kind);
        Assert.Equal(block, error.Address);
        Assert.Contains("freed already", error.Detail, StringComparison.Ordinal);
        Assert.Equal(2, heap.Counters.FreeCalls);
        Assert.Equal(1, heap.Counters.Errors);
    }

    [Fact]
    public void Freeing_a_pointer_into_the_middle_of_a_block_is_recorded_with_the_distance()
    {
        using var heap = new TrackedHeap();
        var block = heap.Malloc(64);

        heap.Free(block + 16);

        var error = Assert.Single(heap.Errors);
        Assert.Equal(HeapErrorKind.InteriorPointerFree, error.Kind);
        Assert.Contains("16 bytes into a live block of 64 bytes", error.Detail, StringComparison.Ordinal);
        Assert.True(heap.IsLive(block));
        Assert.Equal(1, heap.Counters.LiveBlocks);
    }

    [Fact]
    public void Freeing_an_address_the_heap_never_handed_out_is_recorded()
    {
        using var heap = new TrackedHeap();

        heap.Free(0x1234);

        var error = Assert.Single(heap.Errors);
        Assert.Equal(HeapErrorKind.UnknownPointerFree, error.Kind);
        Assert.Contains("never handed out", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_free_names_the_method_that_called_free()
    {
        using var heap = new TrackedHeap();

        FreeTwice(heap);

        var error = Assert.Single(heap.Errors);
        Assert.Equal($"{nameof(TrackedHeapErrorTests)}.{nameof(FreeTwice)}", error.Site.Method);
    }

    [Fact]
    public void In_diagnostic_mode_a_leak_says_which_method_and_line_allocated_it()
    {
        using var heap = new TrackedHeap(new TrackedHeapOptions { RecordAllocationSites = true });

        var line = AllocateAndForget(heap);

        var leak = Assert.Single(heap.LiveAllocations());
        Assert.NotNull(leak.Site);
        Assert.Equal($"{nameof(TrackedHeapErrorTests)}.{nameof(AllocateAndForget)}", leak.Site.Method);
        Assert.Equal("TrackedHeapErrorTests.cs", leak.Site.File);
        Assert.Equal(line, leak.Site.Line);
        Assert.Equal($"TrackedHeapErrorTests.AllocateAndForget (TrackedHeapErrorTests.cs:{line})", leak.Site.ToString());
    }

    [Fact]
    public void Leaks_from_two_lines_of_one_method_called_many_times_keep_their_own_lines()
    {
        using var heap = new TrackedHeap(new TrackedHeapOptions { RecordAllocationSites = true });

        var lines = Enumerable.Range(0, 50).Select(_ => AllocateTwiceAndForget(heap)).ToList();

        var sites = heap.LiveAllocations().Select(leak => leak.Site!.ToString()).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(
            [$"TrackedHeapErrorTests.AllocateTwiceAndForget (TrackedHeapErrorTests.cs:{lines[0]})", $"TrackedHeapErrorTests.AllocateTwiceAndForget (TrackedHeapErrorTests.cs:{lines[0] + 1})"],
            sites);
        Assert.Equal(100, heap.LiveAllocations().Count);
    }

    // Returns the line of its first Malloc call; the second is on the next line.
    private static int AllocateTwiceAndForget(TrackedHeap heap)
    {
        heap.Malloc(8);
        heap.Malloc(16);
        return LineOfCaller() - 2;
    }

    private static void FreeTwice(TrackedHeap heap)
    {
        var block = heap.Malloc(8);
        heap.Free(block);
        heap.Free(block);
    }

    // Returns the line of its Malloc call.
    private static int AllocateAndForget(TrackedHeap heap)
    {
        heap.Malloc(40);
        return LineOfCaller() - 1;
    }

    private static int LineOfCaller([CallerLineNumber] int line = 0) => line;
}
