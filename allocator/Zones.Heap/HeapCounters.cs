namespace Zones.Heap;

/// <summary>A snapshot of a <see cref="TrackedHeap"/>'s counters.</summary>
/// <param name="MallocCalls">Calls to Malloc, refused ones included.</param>
/// <param name="FreeCalls">Calls to Free with a non-zero address, bad ones included.</param>
/// <param name="RefusedMallocs">Malloc calls that returned 0.</param>
/// <param name="LiveBlocks">Blocks handed out and not freed.</param>
/// <param name="LiveBytes">Bytes in <paramref name="LiveBlocks"/>.</param>
/// <param name="PeakBytes">The most bytes live at once.</param>
/// <param name="Errors">Bad Free calls (double, interior, unknown).</param>
public readonly record struct HeapCounters(
    long MallocCalls,
    long FreeCalls,
    long RefusedMallocs,
    long LiveBlocks,
    ulong LiveBytes,
    ulong PeakBytes,
    int Errors);
