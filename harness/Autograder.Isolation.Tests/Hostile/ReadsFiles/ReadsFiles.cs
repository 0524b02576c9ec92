// Reads the rubric, the hidden cases and /etc/hostname in the first zalloc of 24 bytes and throws what it read: the sandbox must hide the grader's files, so the zalloc may fail with at most "read /etc/hostname: ...", never with text from grading.json or cases/hidden.
using Zones;

namespace Hostile;

/// <summary>
/// The LinkedList sample, except that its first zalloc of 24 bytes tries to read
/// /work/main/grading.json, every file under /work/main/cases/hidden and /etc/hostname, and throws a
/// ZoneContractException with the path and the first 200 characters of the first file it could read.
/// </summary>
public sealed class ReadsFiles : IZoneAllocator
{
    private readonly LinkedListZones zones;
    private bool misbehaved;

    /// <summary>Creates the allocator over <paramref name="heap"/>, as the LinkedList sample does.</summary>
    public ReadsFiles(INativeHeap heap)
    {
        zones = new LinkedListZones(heap);
    }

    public nint CreateZone(nuint bytes) => zones.CreateZone(bytes);

    public nint Zalloc(nint zone, nuint bytes)
    {
        if (bytes == 24 && !misbehaved)
        {
            misbehaved = true;
            ReadTheGradersFiles();
        }

        return zones.Zalloc(zone, bytes);
    }

    public void Zfree(nint zone, nint block) => zones.Zfree(zone, block);

    public nuint BlockSize(nint zone, nint block) => zones.BlockSize(zone, block);

    public nuint ZoneSize(nint zone) => zones.ZoneSize(zone);

    public void DestroyZone(nint zone) => zones.DestroyZone(zone);

    public void Zdump(nint zone, TextWriter output) => zones.Zdump(zone, output);

    private static void ReadTheGradersFiles()
    {
        var paths = new List<string> { "/work/main/grading.json" };
        try
        {
            paths.AddRange(Directory.EnumerateFiles("/work/main/cases/hidden", "*", SearchOption.AllDirectories));
        }
        catch (Exception)
        {
            // The folder is hidden from us: try the other files.
        }

        paths.Add("/etc/hostname");
        foreach (var path in paths)
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception)
            {
                continue;
            }

            throw new ZoneContractException($"read {path}: {text[..Math.Min(200, text.Length)]}");
        }
    }
}
