// Tries TCP connections to 127.0.0.1:9 and 1.1.1.1:80 in the first zalloc of 24 bytes: in the sandbox none succeeds and the case passes; a ZoneContractException "network reachable: ..." at that step means the worker has a network.
using System.Net.Sockets;
using Zones;

namespace Hostile;

/// <summary>
/// The LinkedList sample, except that its first zalloc of 24 bytes tries two TCP connections, one
/// second each, and throws a ZoneContractException naming the first that succeeds.
/// </summary>
public sealed class OpensASocket : IZoneAllocator
{
    private readonly LinkedListZones zones;
    private bool misbehaved;

    /// <summary>Creates the allocator over <paramref name="heap"/>, as the LinkedList sample does.</summary>
    public OpensASocket(INativeHeap heap)
    {
        zones = new LinkedListZones(heap);
    }

    public nint CreateZone(nuint bytes) => zones.CreateZone(bytes);

    public nint Zalloc(nint zone, nuint bytes)
    {
        if (bytes == 24 && !misbehaved)
        {
            misbehaved = true;
            ProbeTheNetwork();
        }

        return zones.Zalloc(zone, bytes);
    }

    public void Zfree(nint zone, nint block) => zones.Zfree(zone, block);

    public nuint BlockSize(nint zone, nint block) => zones.BlockSize(zone, block);

    public nuint ZoneSize(nint zone) => zones.ZoneSize(zone);

    public void DestroyZone(nint zone) => zones.DestroyZone(zone);

    public void Zdump(nint zone, TextWriter output) => zones.Zdump(zone, output);

    private static void ProbeTheNetwork()
    {
        (string Host, int Port)[] targets = [("127.0.0.1", 9), ("1.1.1.1", 80)];
        foreach (var (host, port) in targets)
        {
            if (Connects(host, port))
            {
                throw new ZoneContractException($"network reachable: connected to {host}:{port}");
            }
        }
    }

    private static bool Connects(string host, int port)
    {
        using var client = new TcpClient();
        try
        {
            return client.ConnectAsync(host, port).Wait(TimeSpan.FromSeconds(1)) && client.Connected;
        }
        catch (Exception)
        {
            // Refused, unreachable, or no network at all.
            return false;
        }
    }
}
