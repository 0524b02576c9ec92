namespace Zones.Reference;

/// <summary>One line of a zone's dump: a live block or a free run.</summary>
/// <param name="Kind">Block or free run.</param>
/// <param name="Offset">Where it starts, from the start of the region.</param>
/// <param name="Length">Bytes it covers: a block's footprint, or a free run's length.</param>
/// <param name="RequestedSize">The size a block was allocated with; 0 for a free run.</param>
public readonly record struct ZoneSegment(ZoneSegmentKind Kind, nuint Offset, nuint Length, nuint RequestedSize)
{
    /// <summary>The first offset past this segment.</summary>
    public nuint End => Offset + Length;

    /// <summary>A live block of <paramref name="requested"/> bytes with the given footprint.</summary>
    public static ZoneSegment Block(nuint offset, nuint requested, nuint footprint) =>
        new(ZoneSegmentKind.Block, offset, footprint, requested);

    /// <summary>A free run.</summary>
    public static ZoneSegment Free(nuint offset, nuint length) => new(ZoneSegmentKind.Free, offset, length, 0);

    /// <summary>The segment's canonical dump line.</summary>
    public override string ToString() => Kind == ZoneSegmentKind.Block
        ? $"block offset={Offset} size={RequestedSize} footprint={Length}"
        : $"free offset={Offset} length={Length}";
}
