namespace Autograder.Checking;

/// <summary>
/// One zone's size and live blocks. Adding and removing a block, once per step, is a hash-table update
/// that allocates nothing once the table has grown; putting them in address order is left to the rare
/// reader that needs it (a failure's picture, an overlap check).
/// </summary>
internal sealed class ZoneBlocks(long size)
{
    private readonly Dictionary<long, TrackedBlock> _blocks = [];

    public long Size { get; } = size;

    /// <summary>The live blocks by offset, lowest first.</summary>
    public IEnumerable<KeyValuePair<long, TrackedBlock>> Blocks => _blocks.OrderBy(pair => pair.Key);

    public void Add(long offset, TrackedBlock block) => _blocks[offset] = block;

    public void Remove(long offset) => _blocks.Remove(offset);

    /// <summary>The lowest live block that shares a byte with [offset, offset + length).</summary>
    public (long Offset, TrackedBlock Block)? FindOverlap(long offset, long length)
    {
        (long Offset, TrackedBlock Block)? lowest = null;
        foreach (var (start, block) in _blocks)
        {
            if (start < offset + length && start + block.Footprint > offset && (lowest is null || start < lowest.Value.Offset))
            {
                lowest = (start, block);
            }
        }

        return lowest;
    }
}
