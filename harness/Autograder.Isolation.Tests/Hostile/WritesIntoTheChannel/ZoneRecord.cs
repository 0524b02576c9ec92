// A copy of allocator/samples/LinkedList's zone record (correct).
namespace Hostile;

/// <summary>
/// A zone's bookkeeping, kept in native memory; the zone's handle is this record's address.
/// </summary>
internal unsafe struct ZoneRecord
{
    /// <summary>Start of the payload region taken from the heap.</summary>
    public nint Region;

    /// <summary>The size the zone was created with, in bytes.</summary>
    public nuint Size;

    /// <summary>First segment of the region; the list covers the whole region in address order.</summary>
    public Node* Head;
}
