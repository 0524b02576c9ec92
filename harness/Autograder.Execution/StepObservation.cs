namespace Autograder.Execution;

/// <summary>
/// What one step did, as seen from outside the allocator. Raw facts only, no verdict. A value type, so
/// that a case's observations are one array and observing a step allocates nothing.
/// </summary>
public readonly record struct StepObservation
{
    /// <summary>How the call ended.</summary>
    public required StepOutcome Outcome { get; init; }

    /// <summary>
    /// zalloc: the block's offset from the start of its zone's region (negative or past the end when it
    /// lies outside); block_size and zone_size: the answer; create_zone: the region's size in the heap.
    /// </summary>
    public long Value { get; init; }

    /// <summary>zalloc: whether the whole block lies inside its zone's region.</summary>
    public bool InsideRegion { get; init; }

    /// <summary>create_zone: how the region was found.</summary>
    public RegionFinding Region { get; init; }

    /// <summary>The exception's message for violations and other exceptions; zdump's output.</summary>
    public string? Text { get; init; }

    /// <summary>Bad heap frees during this step.</summary>
    public int HeapErrors { get; init; }

    /// <summary>A damaged block found before zfree or destroy_zone ran.</summary>
    public PayloadDamage? Damage { get; init; }
}
