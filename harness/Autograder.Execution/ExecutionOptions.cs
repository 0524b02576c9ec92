namespace Autograder.Execution;

/// <summary>How the executor runs a case.</summary>
public sealed record ExecutionOptions
{
    /// <summary>The defaults: no allocation sites.</summary>
    public static ExecutionOptions Default { get; } = new();

    /// <summary>Record where every heap block was allocated, so leaks name their site (slower).</summary>
    public bool RecordAllocationSites { get; init; }

    /// <summary>
    /// The most bytes the heap hands out at once when the case sets no limit of its own, so that code
    /// allocating without end is refused instead of exhausting the machine.
    /// </summary>
    public ulong DefaultHeapLimit { get; init; } = 1UL << 30;
}
