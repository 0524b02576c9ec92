using Autograder.Cases;

namespace Autograder.Checking;

/// <summary>
/// A zone as it stood before the failing step, in a form a picture can be drawn from: its size, its live
/// blocks in address order (the free runs are the bytes between them), and the bytes the failure is about.
/// <see cref="Divergence.ZoneMap"/> is the same zone drawn as text.
/// </summary>
/// <param name="ZoneName">The case's name for the zone.</param>
/// <param name="Size">The zone's size in bytes.</param>
/// <param name="Blocks">The live blocks, ordered by offset.</param>
/// <param name="Marked">The bytes the failing step is about; null when it is about no bytes in particular.</param>
public sealed record ZoneSnapshot(string ZoneName, long Size, IReadOnlyList<ZoneSnapshot.Block> Blocks, ZoneSnapshot.ByteRange? Marked)
{
    /// <summary>A live block.</summary>
    /// <param name="Offset">Where it starts, in bytes from the start of the region.</param>
    /// <param name="Size">The size it was allocated with.</param>
    /// <param name="Footprint">The bytes it covers: the size rounded up to the alignment.</param>
    /// <param name="Name">The case's name for it, or null when the case did not keep it.</param>
    public sealed record Block(long Offset, long Size, long Footprint, string? Name);

    /// <summary>A run of bytes in the region.</summary>
    /// <param name="Offset">Its first byte.</param>
    /// <param name="Length">How many bytes.</param>
    public readonly record struct ByteRange(long Offset, long Length);

    internal static ZoneSnapshot Of(CaseDefinition @case, int zoneSlot, ZoneBlocks zone, (long Offset, long Length)? marked) => new(
        @case.ZoneNames[zoneSlot],
        zone.Size,
        zone.Blocks
            .Select(pair => new Block(pair.Key, pair.Value.Size, pair.Value.Footprint, pair.Value.BlockSlot == CaseStep.NoSlot ? null : @case.BlockNames[pair.Value.BlockSlot]))
            .ToList(),
        marked is { } mark ? new ByteRange(mark.Offset, mark.Length) : null);
}
