namespace Zones.Heap;

/// <summary>How a <see cref="TrackedHeap"/> behaves.</summary>
public sealed record TrackedHeapOptions
{
    /// <summary>The most bytes live at once; Malloc returns 0 past it. Null means no limit.</summary>
    public ulong? ByteLimit { get; init; }

    /// <summary>
    /// Records the calling method (and file:line where a PDB is present) of every live block, so a leak
    /// report can say where leaked blocks came from. Costs a stack walk per Malloc.
    /// </summary>
    public bool RecordAllocationSites { get; init; }

    /// <summary>
    /// Keeps freed memory until the heap is disposed, so no address is ever handed out twice. A stale
    /// handle then stays dead for the heap's whole life, as it does in the reference's world.
    /// </summary>
    public bool QuarantineFreedBlocks { get; init; }
}
