// Takes native memory straight from NativeMemory.Alloc, past the heap and the GC limit, in its first zalloc of 24 bytes: the worker's cgroup must stop it (killed, out of memory), never the machine.
using System.Runtime.InteropServices;
using Zones;

namespace Hostile;

/// <summary>
/// The LinkedList sample, except that its first zalloc of 24 bytes allocates 64 MiB blocks of native
/// memory without end, touching every page so that they really take memory.
/// </summary>
public sealed unsafe class AllocatesNativeMemoryDirectly : IZoneAllocator
{
    private const int Chunk = 64 << 20;
    private static readonly List<nint> Hoard = [];

    private readonly LinkedListZones zones;
    private bool misbehaved;

    /// <summary>Creates the allocator over <paramref name="heap"/>, as the LinkedList sample does.</summary>
    public AllocatesNativeMemoryDirectly(INativeHeap heap)
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
                var block = (byte*)NativeMemory.Alloc(Chunk);
                new Span<byte>(block, Chunk).Fill(0x5A);
                Hoard.Add((nint)block);
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
