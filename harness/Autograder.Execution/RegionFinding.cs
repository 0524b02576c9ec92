namespace Autograder.Execution;

/// <summary>How the executor found a zone's region among the blocks create_zone took from the heap.</summary>
public enum RegionFinding : byte
{
    /// <summary>Not a create_zone step, or create_zone did not succeed.</summary>
    NotApplicable,

    /// <summary>create_zone took a heap block of exactly the zone's size: that is the region.</summary>
    Exact,

    /// <summary>No block of exactly the zone's size; the largest block at least that large stands in for it.</summary>
    Approximate,

    /// <summary>create_zone took no heap block as large as the zone.</summary>
    Missing,
}
