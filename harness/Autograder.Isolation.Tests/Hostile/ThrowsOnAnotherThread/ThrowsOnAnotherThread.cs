// Starts a thread that throws in the first zalloc of 24 bytes: the unhandled exception kills the worker while the zalloc sleeps, which must be reported as a crash naming the InvalidOperationException "thrown on another thread".
using Zones;

namespace Hostile;

/// <summary>
/// The LinkedList sample, except that its first zalloc of 24 bytes starts a thread that throws, then
/// sleeps for a moment so that the unhandled exception ends the process before the zalloc returns.
/// </summary>
public sealed class ThrowsOnAnotherThread : IZoneAllocator
{
    private readonly LinkedListZones zones;
    private bool misbehaved;

    /// <summary>Creates the allocator over <paramref name="heap"/>, as the LinkedList sample does.</summary>
    public ThrowsOnAnotherThread(INativeHeap heap)
    {
        zones = new LinkedListZones(heap);
    }

    public nint CreateZone(nuint bytes) => zones.CreateZone(bytes);

    public nint Zalloc(nint zone, nuint bytes)
    {
        if (bytes == 24 && !misbehaved)
        {
            misbehaved = true;
            var thrower = new Thread(() => throw new InvalidOperationException("thrown on another thread by Hostile.ThrowsOnAnotherThread"));
            thrower.Start();
            Thread.Sleep(2000);
        }

        return zones.Zalloc(zone, bytes);
    }

    public void Zfree(nint zone, nint block) => zones.Zfree(zone, block);

    public nuint BlockSize(nint zone, nint block) => zones.BlockSize(zone, block);

    public nuint ZoneSize(nint zone) => zones.ZoneSize(zone);

    public void DestroyZone(nint zone) => zones.DestroyZone(zone);

    public void Zdump(nint zone, TextWriter output) => zones.Zdump(zone, output);
}
