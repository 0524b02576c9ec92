// Starts 64 foreground threads that never stop in the first zalloc of 24 bytes, then carries on correctly: the case passes, and the worker must still be ended (threads and all) without the grader waiting for them.
using Zones;

namespace Hostile;

/// <summary>
/// The LinkedList sample, except that its first zalloc of 24 bytes starts 64 foreground threads that
/// loop forever, which keep the process alive after its main thread is done; every step still gets the
/// right answer.
/// </summary>
public sealed class ThreadsThatNeverStop : IZoneAllocator
{
    private readonly LinkedListZones zones;
    private bool misbehaved;

    /// <summary>Creates the allocator over <paramref name="heap"/>, as the LinkedList sample does.</summary>
    public ThreadsThatNeverStop(INativeHeap heap)
    {
        zones = new LinkedListZones(heap);
    }

    public nint CreateZone(nuint bytes) => zones.CreateZone(bytes);

    public nint Zalloc(nint zone, nuint bytes)
    {
        if (bytes == 24 && !misbehaved)
        {
            misbehaved = true;
            for (var i = 0; i < 64; i++)
            {
                new Thread(Spin) { Name = $"Hostile spinner {i}" }.Start();
            }
        }

        return zones.Zalloc(zone, bytes);
    }

    public void Zfree(nint zone, nint block) => zones.Zfree(zone, block);

    public nuint BlockSize(nint zone, nint block) => zones.BlockSize(zone, block);

    public nuint ZoneSize(nint zone) => zones.ZoneSize(zone);

    public void DestroyZone(nint zone) => zones.DestroyZone(zone);

    public void Zdump(nint zone, TextWriter output) => zones.Zdump(zone, output);

    // Each turn spins briefly, then sleeps: 64 threads that never slept would starve the steps that follow
    // on a machine with few cores, and this sample is about threads that outlive the case, not about CPU.
    private static void Spin()
    {
        while (true)
        {
            Thread.SpinWait(100);
            Thread.Sleep(1);
        }
    }
}
