using System.Numerics;

namespace Zones.Reference;

/// <summary>
/// The zone allocator as the assignment specifies it: first fit by lowest offset, free space always
/// coalesced, every precondition enforced with <see cref="ZoneContractException"/>. Every submission is
/// checked against what this class does. Placement costs O(log n) in the number of free runs.
/// </summary>
/// <remarks>
/// Zone records and regions come from the heap it is given, as a submission's do; block metadata is
/// managed. In checked mode every invariant of every touched zone is verified after each operation.
/// </remarks>
public sealed partial class ReferenceZoneAllocator : IZoneAllocator
{
    /// <summary>The alignment the assignment uses unless a rubric says otherwise.</summary>
    public const int DefaultAlignment = 8;

    /// <summary>Bytes the reference takes from the heap for a zone record.</summary>
    public const int ZoneRecordBytes = 32;

    private readonly INativeHeap _heap;
    private readonly Dictionary<nint, Zone> _zones = [];
    private readonly nuint _alignmentMask;

    /// <summary>Creates the allocator with the default alignment and no invariant checks.</summary>
    public ReferenceZoneAllocator(INativeHeap heap)
        : this(heap, DefaultAlignment, checkInvariants: false)
    {
    }

    /// <summary>Creates the allocator.</summary>
    /// <param name="heap">Where zone records and regions come from.</param>
    /// <param name="alignment">The alignment of every block: a power of two.</param>
    /// <param name="checkInvariants">Verify every invariant after every operation (slower).</param>
    public ReferenceZoneAllocator(INativeHeap heap, int alignment, bool checkInvariants)
    {
        ArgumentNullException.ThrowIfNull(heap);
        if (alignment <= 0 || !BitOperations.IsPow2(alignment))
        {
            throw new ArgumentOutOfRangeException(nameof(alignment), alignment, "The alignment must be a power of two (1, 2, 4, 8, 16, ...).");
        }

        _heap = heap;
        Alignment = alignment;
        _alignmentMask = (nuint)alignment - 1;
        ChecksInvariants = checkInvariants;
    }

    /// <summary>The alignment of every block's offset and footprint.</summary>
    public int Alignment { get; }

    /// <summary>Whether invariants are verified after every operation.</summary>
    public bool ChecksInvariants { get; }

    /// <summary>Zones created and not destroyed.</summary>
    public int LiveZones => _zones.Count;

    /// <summary><paramref name="bytes"/> rounded up to the alignment.</summary>
    public nuint Footprint(nuint bytes) => (bytes + _alignmentMask) & ~_alignmentMask;

    /// <inheritdoc />
    public nint CreateZone(nuint bytes)
    {
        if (bytes == 0)
        {
            throw new ZoneContractException("CreateZone: the size must be greater than 0.");
        }

        var record = _heap.Malloc(ZoneRecordBytes);
        if (record == 0)
        {
            return 0;
        }

        var region = _heap.Malloc(bytes);
        if (region == 0)
        {
            _heap.Free(record);
            return 0;
        }

        var zone = new Zone(record, region, bytes);
        _zones.Add(record, zone);
        Verify(zone);
        return record;
    }

    /// <inheritdoc />
    public nint Zalloc(nint zone, nuint bytes)
    {
        var z = LiveZone(zone, nameof(Zalloc));
        if (bytes == 0)
        {
            throw new ZoneContractException("Zalloc: the size must be greater than 0.");
        }

        if (bytes > z.Size || !z.FreeRuns.TryTakeFirstFit(Footprint(bytes), out var offset))
        {
            return 0;
        }

        z.Blocks.Add(offset, bytes);
        Verify(z);
        return z.Region + (nint)offset;
    }

    /// <inheritdoc />
    public void Zfree(nint zone, nint block)
    {
        var z = LiveZone(zone, nameof(Zfree));
        if (!z.TryGetOffset(block, out var offset) || !z.Blocks.Remove(offset, out var requested))
        {
            throw NotALiveBlock(z, zone, block, nameof(Zfree));
        }

        z.FreeRuns.Return(offset, Footprint(requested));
        Verify(z);
    }

    /// <inheritdoc />
    public nuint BlockSize(nint zone, nint block)
    {
        var z = LiveZone(zone, nameof(BlockSize));
        return z.TryGetOffset(block, out var offset) && z.Blocks.TryGetValue(offset, out var requested)
            ? requested
            : throw NotALiveBlock(z, zone, block, nameof(BlockSize));
    }

    /// <inheritdoc />
    public nuint ZoneSize(nint zone) => LiveZone(zone, nameof(ZoneSize)).Size;

    /// <inheritdoc />
    public void DestroyZone(nint zone)
    {
        var z = LiveZone(zone, nameof(DestroyZone));
        _zones.Remove(zone);
        _heap.Free(z.Region);
        _heap.Free(z.Record);
    }

    /// <inheritdoc />
    public void Zdump(nint zone, TextWriter output)
    {
        var z = LiveZone(zone, nameof(Zdump));
        if (output is null)
        {
            throw new ZoneContractException("Zdump: the output writer must not be null.");
        }

        LayoutOf(z).WriteTo(output);
    }

    /// <summary>The zone's blocks and free runs, as its dump shows them.</summary>
    public ZoneLayout Layout(nint zone) => LayoutOf(LiveZone(zone, nameof(Layout)));

    /// <summary>The address of the first byte of the zone's region.</summary>
    public nint RegionOf(nint zone) => LiveZone(zone, nameof(RegionOf)).Region;

    /// <summary>Whether <paramref name="zone"/> is a live zone of this allocator.</summary>
    public bool IsLiveZone(nint zone) => _zones.ContainsKey(zone);

    private Zone LiveZone(nint zone, string operation) =>
        _zones.TryGetValue(zone, out var z)
            ? z
            : throw new ZoneContractException(zone == 0
                ? $"{operation}: the zone handle is 0 (null); pass a handle CreateZone returned."
                : $"{operation}: 0x{zone:x} is not a live zone: it was never created, or it was destroyed.");

    // Apart from the checks that call it, so that the lambda's closure is built only when a precondition is broken.
    private ZoneContractException NotALiveBlock(Zone z, nint zone, nint block, string operation)
    {
        if (!z.TryGetOffset(block, out var offset))
        {
            return new ZoneContractException(block == 0
                ? $"{operation}: the block pointer is 0 (null)."
                : $"{operation}: 0x{block:x} is not inside zone 0x{zone:x}, whose region is 0x{z.Region:x} to 0x{z.Region + (nint)z.Size:x}.");
        }

        if (z.FreeRuns.TryFindAtOrBefore(offset, out var runStart, out var runLength) && offset < runStart + runLength)
        {
            return new ZoneContractException(
                $"{operation}: offset {offset} of zone 0x{zone:x} is free space: that block was freed already, or never allocated.");
        }

        var owner = z.Blocks.First(pair => pair.Key <= offset && offset < pair.Key + Footprint(pair.Value));
        return new ZoneContractException(
            $"{operation}: 0x{block:x} points {offset - owner.Key} bytes into the block at offset {owner.Key} (size {owner.Value}); pass the address Zalloc returned.");
    }

    private ZoneLayout LayoutOf(Zone z)
    {
        var segments = new List<ZoneSegment>(z.Blocks.Count + z.FreeRuns.Count);
        segments.AddRange(z.Blocks.Select(pair => ZoneSegment.Block(pair.Key, pair.Value, Footprint(pair.Value))));
        segments.AddRange(z.FreeRuns.InOrder().Select(run => ZoneSegment.Free(run.Start, run.Length)));
        segments.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return new ZoneLayout(z.Size, segments);
    }
}
