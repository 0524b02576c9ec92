// Calls Environment.FailFast in the first zalloc of 24 bytes: the worker aborts, which must be reported as a crash with the message "hostile sample gave up" and Hostile.FailFast.Zalloc.
using Zones;

namespace Hostile;

/// <summary>
/// The LinkedList sample, except that its first zalloc of 24 bytes aborts the process with
/// Environment.FailFast.
/// </summary>
public sealed class FailFast : IZoneAllocator
{
    private readonly LinkedListZones zones;
    private bool misbehaved;

    /// <summary>Creates the allocator over <paramref name="heap"/>, as the LinkedList sample does.</summary>
    public FailFast(INativeHeap heap)
    {
        zones = new LinkedListZones(heap);
    }

    public nint CreateZone(nuint bytes) => zones.CreateZone(bytes);

    public nint Zalloc(nint zone, nuint bytes)
    {
        if (bytes == 24 && !misbehaved)
        {
            misbehaved = true;
            Environment.FailFast("hostile sample gave up");
        }

        return zones.Zalloc(zone, bytes);
    }

    public void Zfree(nint zone, nint block) => zones.Zfree(zone, block);

    public nuint BlockSize(nint zone, nint block) => zones.BlockSize(zone, block);

    public nuint ZoneSize(nint zone) => zones.ZoneSize(zone);

    public void DestroyZone(nint zone) => zones.DestroyZone(zone);

    public void Zdump(nint zone, TextWriter output) => zones.Zdump(zone, output);
}
