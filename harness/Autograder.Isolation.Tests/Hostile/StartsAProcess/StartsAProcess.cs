// Runs /bin/sh to write /tmp/pwned in the first zalloc of 24 bytes, then carries on correctly: the case passes, and in the sandbox no /tmp/pwned may appear on the host (its /tmp is private, or the start is refused).
using System.Diagnostics;
using Zones;

namespace Hostile;

/// <summary>
/// The LinkedList sample, except that its first zalloc of 24 bytes runs "/bin/sh -c 'echo pwned >
/// /tmp/pwned'" and waits for it; if the start fails it carries on as if nothing happened.
/// </summary>
public sealed class StartsAProcess : IZoneAllocator
{
    private readonly LinkedListZones zones;
    private bool misbehaved;

    /// <summary>Creates the allocator over <paramref name="heap"/>, as the LinkedList sample does.</summary>
    public StartsAProcess(INativeHeap heap)
    {
        zones = new LinkedListZones(heap);
    }

    public nint CreateZone(nuint bytes) => zones.CreateZone(bytes);

    public nint Zalloc(nint zone, nuint bytes)
    {
        if (bytes == 24 && !misbehaved)
        {
            misbehaved = true;
            try
            {
                using var shell = Process.Start("/bin/sh", ["-c", "echo pwned > /tmp/pwned"]);
                shell.WaitForExit();
            }
            catch (Exception)
            {
                // Refused (no such file, no processes allowed): carry on unnoticed.
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
