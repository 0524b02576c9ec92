// A copy of allocator/samples/LinkedList's segment node (correct).
namespace Hostile;

/// <summary>
/// One segment of a zone's region: either a live block or a free run. The segments of a zone form a
/// singly linked list in address order that covers the region exactly, with no gaps and no overlap.
/// </summary>
internal unsafe struct Node
{
    /// <summary>Where the segment starts, relative to the start of the region.</summary>
    public nuint Offset;

    /// <summary>The segment's length: the footprint of a block, or the length of a free run.</summary>
    public nuint Length;

    /// <summary>The size a block was allocated with (0 for a free run).</summary>
    public nuint Requested;

    public bool IsFree;

    public Node* Next;
}
