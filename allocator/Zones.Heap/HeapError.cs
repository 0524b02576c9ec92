namespace Zones.Heap;

/// <summary>A bad call to <see cref="TrackedHeap.Free"/>, recorded instead of crashing the process.</summary>
/// <param name="Kind">What was wrong.</param>
/// <param name="Address">The address passed to Free.</param>
/// <param name="Site">Who called Free.</param>
/// <param name="Detail">One sentence a student can act on.</param>
public sealed record HeapError(HeapErrorKind Kind, nint Address, AllocationSite Site, string Detail)
{
    /// <inheritdoc />
    public override string ToString() => $"{Detail} (Free called from {Site})";
}
