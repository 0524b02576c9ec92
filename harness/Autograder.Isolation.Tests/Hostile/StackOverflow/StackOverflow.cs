// Recurses without end in the first zalloc of 24 bytes: the worker dies of a stack overflow, which must be reported as a crash naming Hostile.StackOverflow.Dive.
using Zones;

namespace Hostile;

/// <summary>
/// The LinkedList sample, except that its first zalloc of 24 bytes recurses until the stack overflows.
/// </summary>
public sealed class StackOverflow : IZoneAllocator
{
    private readonly LinkedListZones zones;
    private bool misbehaved;

    /// <summary>Creates the allocator over <paramref name="heap"/>, as the LinkedList sample does.</summary>
    public StackOverflow(INativeHeap heap)
    {
        zones = new LinkedListZones(heap);
    }

    public nint CreateZone(nuint bytes) => zones.CreateZone(bytes);

    public nint Zalloc(nint zone, nuint bytes)
    {
        if (bytes == 24 && !misbehaved)
        {
            misbehaved = true;
            _ = Dive(0);
        }

        return zones.Zalloc(zone, bytes);
    }

    public void Zfree(nint zone, nint block) => zones.Zfree(zone, block);

    public nuint BlockSize(nint zone, nint block) => zones.BlockSize(zone, block);

    public nuint ZoneSize(nint zone) => zones.ZoneSize(zone);

    public void DestroyZone(nint zone) => zones.DestroyZone(zone);

    public void Zdump(nint zone, TextWriter output) => zones.Zdump(zone, output);

    // Not a tail call (the addition comes after it), so every level takes a new stack frame.
    private static int Dive(int depth) => Dive(depth + 1) + 1;
}
