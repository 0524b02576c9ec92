// A copy of allocator/samples/LinkedList's allocator (correct), which the hostile class in this folder delegates to.
using Zones;

namespace Hostile;

/// <summary>
/// A first-fit zone allocator. Each zone keeps a linked list of segments (live blocks and free runs)
/// in address order; every node and the zone record live in native memory taken from the heap.
/// </summary>
internal sealed unsafe partial class LinkedListZones
{
    private const nuint Alignment = 8;

    private readonly INativeHeap heap;

    // Handles we gave out and have not destroyed yet, so that a stale or made-up handle is rejected
    // before we dereference it.
    private readonly HashSet<nint> liveZones = [];

    /// <summary>Creates an allocator that takes all its native memory from <paramref name="heap"/>.</summary>
    public LinkedListZones(INativeHeap heap)
    {
        ArgumentNullException.ThrowIfNull(heap);
        this.heap = heap;
    }

    public nint CreateZone(nuint bytes)
    {
        if (bytes == 0)
        {
            throw new ZoneContractException("CreateZone: a zone must be at least 1 byte long, but 0 bytes were asked for.");
        }

        var record = (ZoneRecord*)heap.Malloc((nuint)sizeof(ZoneRecord));
        if (record == null)
        {
            return 0;
        }

        nint region = heap.Malloc(bytes);
        if (region == 0)
        {
            heap.Free((nint)record);
            return 0;
        }

        // The whole region starts out as one free run.
        Node* whole = NewNode(0, bytes);
        if (whole == null)
        {
            heap.Free(region);
            heap.Free((nint)record);
            return 0;
        }

        *record = new ZoneRecord { Region = region, Size = bytes, Head = whole };
        liveZones.Add((nint)record);
        return (nint)record;
    }

    public nint Zalloc(nint zone, nuint bytes)
    {
        ZoneRecord* record = LiveZone(zone, nameof(Zalloc));
        if (bytes == 0)
        {
            throw new ZoneContractException($"Zalloc: a block must be at least 1 byte long, but 0 bytes were asked for in zone 0x{zone:x}.");
        }

        // A request larger than the whole zone can never fit. Checking it first also keeps the
        // rounding below from overflowing for sizes near nuint.MaxValue.
        if (bytes > record->Size)
        {
            return 0;
        }

        nuint footprint = Footprint(bytes);
        Node* run = FindFit(record, footprint);
        if (run == null)
        {
            return 0;
        }

        if (run->Length > footprint)
        {
            // Split: the block keeps the front of the run, a new node takes what is left. If the
            // heap refuses the node, nothing has been changed yet.
            Node* rest = NewNode(run->Offset + footprint, run->Length - footprint);
            if (rest == null)
            {
                return 0;
            }

            rest->Next = run->Next;
            run->Next = rest;
            run->Length = footprint;
        }

        run->IsFree = false;
        run->Requested = bytes;
        return record->Region + (nint)run->Offset;
    }

    public void Zfree(nint zone, nint block)
    {
        ZoneRecord* record = LiveZone(zone, nameof(Zfree));
        Node* node = FindLiveBlock(record, block, nameof(Zfree), out Node* previous);
        node->IsFree = true;
        node->Requested = 0;
        Coalesce(node, previous);
    }

    public nuint BlockSize(nint zone, nint block)
    {
        ZoneRecord* record = LiveZone(zone, nameof(BlockSize));
        Node* node = FindLiveBlock(record, block, nameof(BlockSize), out _);
        return node->Requested;
    }

    public nuint ZoneSize(nint zone) => LiveZone(zone, nameof(ZoneSize))->Size;

    public void DestroyZone(nint zone)
    {
        ZoneRecord* record = LiveZone(zone, nameof(DestroyZone));
        Node* node = record->Head;
        while (node != null)
        {
            // Read the link before the node's memory goes back to the heap.
            Node* next = node->Next;
            heap.Free((nint)node);
            node = next;
        }

        heap.Free(record->Region);
        heap.Free((nint)record);
        liveZones.Remove(zone);
    }

    public void Zdump(nint zone, TextWriter output)
    {
        ZoneRecord* record = LiveZone(zone, nameof(Zdump));
        ArgumentNullException.ThrowIfNull(output);
        nuint blocks = 0;
        nuint runs = 0;
        nuint used = 0;
        for (Node* node = record->Head; node != null; node = node->Next)
        {
            if (node->IsFree)
            {
                runs++;
            }
            else
            {
                blocks++;
                used += node->Length;
            }
        }

        // The format asks for '\n' line endings whatever the platform, so no WriteLine.
        output.Write($"zone size={record->Size} blocks={blocks} runs={runs} used={used} free={record->Size - used}\n");
        for (Node* node = record->Head; node != null; node = node->Next)
        {
            output.Write(node->IsFree
                ? $"free offset={node->Offset} length={node->Length}\n"
                : $"block offset={node->Offset} size={node->Requested} footprint={node->Length}\n");
        }
    }

    private static nuint Footprint(nuint bytes) => (bytes + Alignment - 1) & ~(Alignment - 1);

    /// <summary>First fit: the free run with the lowest offset that can hold the whole footprint.</summary>
    private static Node* FindFit(ZoneRecord* record, nuint footprint)
    {
        for (Node* node = record->Head; node != null; node = node->Next)
        {
            if (node->IsFree && node->Length >= footprint)
            {
                return node;
            }
        }

        return null;
    }

    private Node* NewNode(nuint offset, nuint length)
    {
        var node = (Node*)heap.Malloc((nuint)sizeof(Node));
        if (node != null)
        {
            // The heap does not zero memory, so set every field.
            *node = new Node { Offset = offset, Length = length, IsFree = true };
        }

        return node;
    }

    private void Coalesce(Node* node, Node* previous)
    {
        // Merge the right neighbour first: merging into the left one frees `node` itself.
        if (node->Next != null && node->Next->IsFree)
        {
            AbsorbNext(node);
        }

        if (previous != null && previous->IsFree)
        {
            AbsorbNext(previous);
        }
    }

    /// <summary>Grows <paramref name="node"/> over its successor and gives the successor back to the heap.</summary>
    private void AbsorbNext(Node* node)
    {
        Node* next = node->Next;
        node->Length += next->Length;
        node->Next = next->Next;
        heap.Free((nint)next);
    }
}
