using Zones.Reference;

namespace Autograder.Checking;

/// <summary>The rubric's settings that change what counts as correct.</summary>
public sealed record CheckOptions
{
    /// <summary>The defaults of the zone assignment: alignment 8, dumps compared exactly.</summary>
    public static CheckOptions Default { get; } = new();

    /// <summary>The alignment of every block's offset and footprint.</summary>
    public int Alignment { get; init; } = ReferenceZoneAllocator.DefaultAlignment;

    /// <summary>How zdump output is compared.</summary>
    public DumpCheckMode DumpMode { get; init; } = DumpCheckMode.Exact;
}
