// Fills the managed heap with 64 MiB arrays forever in the first zalloc of 24 bytes: the worker's memory limit must stop it (an OutOfMemoryException from this zalloc, or the worker killed), reported as out of memory; the grader's memory is never touched.
using Zones;

namespace Hostile;

/// <summary>
/// The LinkedList sample, except that its first zalloc of 24 bytes adds 64 MiB arrays to a static list
/// forever, touching every page so that the memory is really taken.
/// </summary>
public sealed class AllocatesManagedWithoutBound : IZoneAllocator
{
    private static readonly List<byte[]> Hoard = [];

    private readonly LinkedListZones zones;
    private bool misbehaved;

    /// <summary>Creates the allocator over <paramref name="heap"/>, as the LinkedList sample does.</summary>
    public AllocatesManagedWithoutBound(INativeHeap heap)
    {
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
                var chunk = new byte[64 << 20];
                for (var page = 0; page < chunk.Length; page += 4096)
                {
                    chunk[page] = 1;
                }

                Hoard.Add(chunk);
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
