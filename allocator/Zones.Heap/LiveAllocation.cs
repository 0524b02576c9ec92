namespace Zones.Heap;

/// <summary>A block still taken from the heap: once every zone is destroyed, a leak.</summary>
/// <param name="Address">The block's address.</param>
/// <param name="Size">The bytes asked for.</param>
/// <param name="Site">Where it was allocated, when the heap records sites; otherwise null.</param>
public sealed record LiveAllocation(nint Address, nuint Size, AllocationSite? Site);
