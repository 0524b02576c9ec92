namespace Autograder.Execution;

/// <summary>How the executor runs a case.</summary>
public sealed record ExecutionOptions
{
    /// <summary>The defaults: no allocation sites.</summary>
    public static ExecutionOptions Default { get; } = new();

    /// <summary>Record where every heap block was allocated, so leaks name their site (slower).</summary>
    public bool RecordAllocationSites { get; init; }
}
