// Writes through a pointer to unmapped memory in the first zalloc of 24 bytes: the worker dies of an AccessViolationException, which must be reported as a crash naming Hostile.AccessViolation.Zalloc.
using Zones;

namespace Hostile;

/// <summary>
/// The LinkedList sample, except that its first zalloc of 24 bytes writes to memory that is never
/// mapped.
/// </summary>
public sealed unsafe class AccessViolation : IZoneAllocator
{
    private readonly LinkedListZones zones;
    private bool misbehaved;

    /// <summary>Creates the allocator over <paramref name="heap"/>, as the LinkedList sample does.</summary>
    public AccessViolation(INativeHeap heap)
    {
        zones = new LinkedListZones(heap);
    }

    public nint CreateZone(nuint bytes) => zones.CreateZone(bytes);

    public nint Zalloc(nint zone, nuint bytes)
    {
        if (bytes == 24 && !misbehaved)
        {
            misbehaved = true;
            // Not address 8: .NET turns a fault in the first 64 KiB into a NullReferenceException that can be
            // caught. The last page of the address space is never mapped in a user process, so this write is a
            // real access violation, which kills the process.
            *(long*)(nint)(-4096) = 24;
        }

        return zones.Zalloc(zone, bytes);
    }

    public void Zfree(nint zone, nint block) => zones.Zfree(zone, block);

    public nuint BlockSize(nint zone, nint block) => zones.BlockSize(zone, block);

    public nuint ZoneSize(nint zone) => zones.ZoneSize(zone);

    public void DestroyZone(nint zone) => zones.DestroyZone(zone);

    public void Zdump(nint zone, TextWriter output) => zones.Zdump(zone, output);
}
