namespace Zones.Reference;

/// <summary>One live zone of the reference: where its region is, its live blocks and its free runs.</summary>
internal sealed class Zone
{
    public Zone(nint record, nint region, nuint size)
    {
        Record = record;
        Region = region;
        Size = size;
        FreeRuns.Insert(0, size);
    }

    /// <summary>The zone record taken from the heap; its address is the zone's handle.</summary>
    public nint Record { get; }

    /// <summary>The first byte of the region.</summary>
    public nint Region { get; }

    /// <summary>The size the zone was created with.</summary>
    public nuint Size { get; }

    /// <summary>Live blocks: offset to the size each was allocated with.</summary>
    public Dictionary<nuint, nuint> Blocks { get; } = [];

    public FreeRunTree FreeRuns { get; } = new();

    /// <summary>The offset of <paramref name="address"/> in the region, when it lies inside it.</summary>
    public bool TryGetOffset(nint address, out nuint offset)
    {
        offset = (nuint)(address - Region);
        return address >= Region && offset < Size;
    }
}
