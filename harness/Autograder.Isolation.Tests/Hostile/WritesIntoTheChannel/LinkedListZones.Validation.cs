// A copy of allocator/samples/LinkedList's argument checks (correct).
using Zones;

namespace Hostile;

// Checking handles and pointers before they are dereferenced: every broken precondition throws
// before anything is changed, so a caller's mistake never corrupts a zone.
internal sealed unsafe partial class LinkedListZones
{
    private ZoneRecord* LiveZone(nint zone, string operation)
    {
        if (!liveZones.Contains(zone))
        {
            throw new ZoneContractException($"{operation}: 0x{zone:x} is not a live zone (never returned by CreateZone, or already destroyed).");
        }

        return (ZoneRecord*)zone;
    }

    /// <summary>
    /// The block that starts at <paramref name="block"/>; a free run there (a double free) is an error.
    /// </summary>
    private static Node* FindLiveBlock(ZoneRecord* record, nint block, string operation, out Node* previous)
    {
        Node* node = FindSegment(record, block, operation, out previous);
        if (node->IsFree)
        {
            throw new ZoneContractException($"{operation}: 0x{block:x} is free space at offset {node->Offset} of zone 0x{(nint)record:x}, not a live block (was it freed already?).");
        }

        return node;
    }

    /// <summary>
    /// The segment that starts exactly at <paramref name="block"/>, and the segment before it (null
    /// for the first). A pointer outside the region or into the middle of a segment is an error.
    /// </summary>
    private static Node* FindSegment(ZoneRecord* record, nint block, string operation, out Node* previous)
    {
        // Compare as unsigned so that a pointer below the region cannot wrap into it.
        nuint start = (nuint)record->Region;
        nuint address = (nuint)block;
        if (address < start || address - start >= record->Size)
        {
            throw new ZoneContractException($"{operation}: 0x{block:x} is not inside zone 0x{(nint)record:x} (a pointer from another zone, or never allocated).");
        }

        nuint offset = address - start;
        previous = null;
        for (Node* node = record->Head; node != null; previous = node, node = node->Next)
        {
            if (node->Offset == offset)
            {
                return node;
            }

            if (offset < node->Offset + node->Length)
            {
                string kind = node->IsFree ? "free run" : "block";
                throw new ZoneContractException($"{operation}: 0x{block:x} points {offset - node->Offset} bytes into the {kind} at offset {node->Offset} of zone 0x{(nint)record:x}; pass the address Zalloc returned.");
            }
        }

        // The segments cover the region, so an offset inside it always lands in one of them.
        throw new InvalidOperationException($"The segment list of zone 0x{(nint)record:x} does not cover offset {offset}.");
    }
}
