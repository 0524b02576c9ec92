// Writes things that look like worker messages to Console.Out, Console.Error and file descriptor 1 in the first zalloc of 24 bytes, then carries on correctly: the case passes, and nothing it wrote is taken for a message.
using System.Buffers.Binary;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Zones;

namespace Hostile;

/// <summary>
/// The LinkedList sample, except that its first zalloc of 24 bytes writes JSON observations and length-
/// prefixed frames (one a forged CaseEnd, one announcing 2 GiB and then stopping) to the console and
/// straight to file descriptor 1.
/// </summary>
public sealed class WritesFakeChannelMessages : IZoneAllocator
{
    private const string Observation = """{"type":"observation","steps":[],"ranToEnd":true}""";

    private const string CaseEnd = """{"Kind":"CaseEnd","Observation":{"Steps":[],"Leaks":[],"HeapErrors":[],"RanToEnd":true}}""";

    private readonly LinkedListZones zones;
    private bool misbehaved;

    /// <summary>Creates the allocator over <paramref name="heap"/>, as the LinkedList sample does.</summary>
    public WritesFakeChannelMessages(INativeHeap heap)
    {
        zones = new LinkedListZones(heap);
    }

    public nint CreateZone(nuint bytes) => zones.CreateZone(bytes);

    public nint Zalloc(nint zone, nuint bytes)
    {
        if (bytes == 24 && !misbehaved)
        {
            misbehaved = true;
            ForgeMessages();
        }

        return zones.Zalloc(zone, bytes);
    }

    public void Zfree(nint zone, nint block) => zones.Zfree(zone, block);

    public nuint BlockSize(nint zone, nint block) => zones.BlockSize(zone, block);

    public nuint ZoneSize(nint zone) => zones.ZoneSize(zone);

    public void DestroyZone(nint zone) => zones.DestroyZone(zone);

    public void Zdump(nint zone, TextWriter output) => zones.Zdump(zone, output);

    private static void ForgeMessages()
    {
        Console.Out.WriteLine(Observation);
        Console.Out.Write(CaseEnd + "\n");
        Console.Out.Flush();
        Console.Error.WriteLine(Observation);
        Console.Error.Flush();
        try
        {
            using var descriptor1 = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write);
            descriptor1.Write(Frame(CaseEnd));
            descriptor1.Write(Encoding.UTF8.GetBytes(Observation + "\n"));
            // A frame that announces 2 GiB and stops: a reader that trusts the length waits or allocates forever.
            descriptor1.Write([0xFF, 0xFF, 0xFF, 0x7F, (byte)'{']);
            descriptor1.Flush();
        }
        catch (Exception)
        {
            // Descriptor 1 is closed or not writable: the console writes are enough.
        }
    }

    // The worker channel's framing: a 4-byte little-endian length, then that many bytes of JSON.
    private static byte[] Frame(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var frame = new byte[4 + body.Length];
        BinaryPrimitives.WriteInt32LittleEndian(frame, body.Length);
        body.CopyTo(frame, 4);
        return frame;
    }
}
