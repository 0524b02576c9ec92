// Finds the worker's channel among its open descriptors in the first zalloc of 24 bytes, writes a forged answer frame into it and waits: the grader must reject the frame as garbled, name the step, and carry on in a fresh worker.
using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;
using Zones;

namespace Hostile;

/// <summary>
/// The LinkedList sample, except that its first zalloc of 24 bytes looks through /proc/self/fd for the
/// write end of the pipe to the grader, writes into it a CaseEnd frame whose first step has an outcome
/// that does not exist, and waits to be stopped (so that the step under way is still step 2 when the
/// grader looks; a forger that carried on would be stopped wherever it had got to).
/// </summary>
public sealed class WritesIntoTheChannel : IZoneAllocator
{
    private readonly LinkedListZones zones;
    private bool misbehaved;

    /// <summary>Creates the allocator over <paramref name="heap"/>, as the LinkedList sample does.</summary>
    public WritesIntoTheChannel(INativeHeap heap)
    {
        zones = new LinkedListZones(heap);
    }

    public nint CreateZone(nuint bytes) => zones.CreateZone(bytes);

    public nint Zalloc(nint zone, nuint bytes)
    {
        if (bytes == 24 && !misbehaved)
        {
            misbehaved = true;
            foreach (var descriptor in ChannelCandidates())
            {
                using var channel = new FileStream(new SafeFileHandle(descriptor, ownsHandle: false), FileAccess.Write);
                channel.Write(ForgedAnswer());
                channel.Flush();
            }

            Thread.Sleep(Timeout.Infinite);
        }

        return zones.Zalloc(zone, bytes);
    }

    public void Zfree(nint zone, nint block) => zones.Zfree(zone, block);

    public nuint BlockSize(nint zone, nint block) => zones.BlockSize(zone, block);

    public nuint ZoneSize(nint zone) => zones.ZoneSize(zone);

    public void DestroyZone(nint zone) => zones.DestroyZone(zone);

    public void Zdump(nint zone, TextWriter output) => zones.Zdump(zone, output);

    // The write end of the pipe to the grader: descriptor 1 once was, and the worker (and the runtime)
    // keep copies of it above 2 after pointing descriptor 1 elsewhere. The runtime's own pipes have their
    // read end here too; a lone descriptor some parent process left open is not the channel.
    private static IEnumerable<nint> ChannelCandidates()
    {
        var pipes = new Dictionary<string, List<int>>();
        foreach (var path in Directory.GetFiles("/proc/self/fd"))
        {
            if (int.TryParse(Path.GetFileName(path), out var descriptor) && new FileInfo(path).LinkTarget is { } target && target.StartsWith("pipe:", StringComparison.Ordinal))
            {
                (pipes.TryGetValue(target, out var list) ? list : pipes[target] = []).Add(descriptor);
            }
        }

        return pipes.Values
            .Where(descriptors => descriptors.Count >= 2 && descriptors.All(descriptor => descriptor > 2 && IsWriteOnly(descriptor)))
            .Select(descriptors => (nint)descriptors[0])
            .ToList();
    }

    private static bool IsWriteOnly(int descriptor)
    {
        try
        {
            var flags = File.ReadAllLines($"/proc/self/fdinfo/{descriptor}").First(line => line.StartsWith("flags:", StringComparison.Ordinal));
            return (Convert.ToInt32(flags["flags:".Length..].Trim(), 8) & 3) == 1;
        }
        catch (IOException)
        {
            return false;
        }
    }

    // A CaseEnd that claims the run ended, with six steps of 15 bytes each, the first of outcome 9.
    private static byte[] ForgedAnswer()
    {
        byte[] head = [3, 1, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 6, 0, 0, 0];
        var body = new byte[head.Length + (6 * 15)];
        head.CopyTo(body, 0);
        body[head.Length] = 9;
        var frame = new byte[4 + body.Length];
        BinaryPrimitives.WriteInt32LittleEndian(frame, body.Length);
        body.CopyTo(frame, 4);
        return frame;
    }
}
