using Zones;

namespace Student;

/// <summary>A small first-fit zone allocator: zone records and block nodes live in heap blocks.</summary>
public sealed unsafe class ZoneAllocator : IZoneAllocator
{
    private const nuint Alignment = 8;

    private readonly INativeHeap heap;
    private readonly HashSet<nint> zones = [];

    public ZoneAllocator(INativeHeap heap) => this.heap = heap;

    public nint CreateZone(nuint bytes)
    {
        if (bytes == 0)
        {
            throw new ZoneContractException("a zone needs at least one byte");
        }

        var zone = (Zone*)heap.Malloc((nuint)sizeof(Zone));
        if (zone == null)
        {
            return 0;
        }

        var region = (byte*)heap.Malloc(bytes);
        if (region == null)
        {
            heap.Free((nint)zone);
            return 0;
        }

        *zone = new Zone { Region = region, Size = bytes, First = null };
        zones.Add((nint)zone);
        return (nint)zone;
    }

    public nint Zalloc(nint handle, nuint bytes)
    {
        var zone = Live(handle);
        if (bytes == 0)
        {
            throw new ZoneContractException("a block needs at least one byte");
        }

        if (bytes > zone->Size)
        {
            return 0;
        }

        var footprint = (bytes + Alignment - 1) & ~(Alignment - 1);
        nuint start = 0;
        var link = &zone->First;
        while (*link != null && (*link)->Offset - start < footprint)
        {
            start = (*link)->Offset + (*link)->Footprint;
            link = &(*link)->Next;
        }

        if (*link == null && (zone->Size < start || zone->Size - start < footprint))
        {
            return 0;
        }

        var node = (Node*)heap.Malloc((nuint)sizeof(Node));
        if (node == null)
        {
            return 0;
        }

        *node = new Node { Offset = start, Size = bytes, Footprint = footprint, Next = *link };
        *link = node;
        return (nint)(zone->Region + start);
    }

    public void Zfree(nint handle, nint block)
    {
        var link = Find(Live(handle), block);
        var node = *link;
        *link = node->Next;
        heap.Free((nint)node);
    }

    public nuint BlockSize(nint handle, nint block) => (*Find(Live(handle), block))->Size;

    public nuint ZoneSize(nint handle) => Live(handle)->Size;

    public void DestroyZone(nint handle)
    {
        var zone = Live(handle);
        for (var node = zone->First; node != null;)
        {
            var next = node->Next;
            heap.Free((nint)node);
            node = next;
        }

        heap.Free((nint)zone->Region);
        zones.Remove(handle);
        heap.Free(handle);
    }

    public void Zdump(nint handle, TextWriter output)
    {
        var zone = Live(handle);
        output.WriteLine($"zone {zone->Size}");
        nuint at = 0;
        for (var node = zone->First; node != null; node = node->Next)
        {
            if (node->Offset > at)
            {
                output.WriteLine($"free {at} {node->Offset - at}");
            }

            output.WriteLine($"block {node->Offset} {node->Size}");
            at = node->Offset + node->Footprint;
        }

        if (zone->Size > at)
        {
            output.WriteLine($"free {at} {zone->Size - at}");
        }
    }

    private Zone* Live(nint handle) =>
        zones.Contains(handle) ? (Zone*)handle : throw new ZoneContractException($"0x{handle:x} is not a live zone");

    private static Node** Find(Zone* zone, nint block)
    {
        for (var link = &zone->First; *link != null; link = &(*link)->Next)
        {
            if ((nint)(zone->Region + (*link)->Offset) == block)
            {
                return link;
            }
        }

        throw new ZoneContractException($"0x{block:x} is not a live block of this zone");
    }

    private struct Zone
    {
        public byte* Region;
        public nuint Size;
        public Node* First;
    }

    private struct Node
    {
        public nuint Offset;
        public nuint Size;
        public nuint Footprint;
        public Node* Next;
    }
}
