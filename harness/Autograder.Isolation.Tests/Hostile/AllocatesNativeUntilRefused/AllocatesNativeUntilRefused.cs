// Takes 1 MiB blocks from the heap until it refuses, in the first zalloc of 24 bytes, then returns 0: the heap's byte limit must refuse (a wrong answer at that step, and the blocks are leaks), or without a limit the worker's memory cap must stop it; never the grader's memory.
using Zones;

namespace Hostile;

/// <summary>
/// The LinkedList sample, except that its first zalloc of 24 bytes takes 1 MiB blocks from the heap
/// until the heap returns 0, keeps them all, and returns 0 itself.
/// </summary>
public sealed class AllocatesNativeUntilRefused : IZoneAllocator
{
    private readonly List<nint> hoard = [];

    private readonly INativeHeap heap;
    private readonly LinkedListZones zones;
    private bool misbehaved;

    /// <summary>Creates the allocator over <paramref name="heap"/>, as the LinkedList sample does.</summary>
    public AllocatesNativeUntilRefused(INativeHeap heap)
    {
        this.heap = heap;
        zones = new LinkedListZones(heap);
    }

    public nint CreateZone(nuint bytes) => zones.CreateZone(bytes);

    public nint Zalloc(nint zone, nuint bytes)
    {
        if (bytes == 24 && !misbehaved)
        {
            misbehaved = true;
            while (true)
            {
                var block = heap.Malloc(1 << 20);
                if (block == 0)
                {
                    return 0;
                }

                hoard.Add(block);
            }
        }

        return zones.Zalloc(zone, bytes);
    }

    public void Zfree(nint zone, nint block) => zones.Zfree(zone, block);

    public nuint BlockSize(nint zone, nint block) => zones.BlockSize(zone, block);

    public nuint ZoneSize(nint zone) => zones.ZoneSize(zone);

    public void DestroyZone(nint zone) => zones.DestroyZone(zone);

    public void Zdump(nint zone, TextWriter output) => zones.Zdump(zone, output);
}
