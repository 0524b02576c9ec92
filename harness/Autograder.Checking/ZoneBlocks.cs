namespace Autograder.Checking;

/// <summary>One zone's size and live blocks, ordered by offset.</summary>
internal sealed class ZoneBlocks(long size)
{
    private readonly SortedDictionary<long, TrackedBlock> _blocks = [];

    public long Size { get; } = size;

    public IEnumerable<KeyValuePair<long, TrackedBlock>> Blocks => _blocks;

    public void Add(long offset, TrackedBlock block) => _blocks[offset] = block;

    public void Remove(long offset) => _blocks.Remove(offset);

    /// <summary>The first live block that shares a byte with [offset, offset + length).</summary>
    public (long Offset, TrackedBlock Block)? FindOverlap(long offset, long length)
    {
        foreach (var (start, block) in _blocks)
        {
            if (start >= offset + length)
            {
                break;
            }

            if (start + block.Footprint > offset)
            {
                return (start, block);
            }
        }

        return null;
    }
}
