using Zones.Heap;

namespace Zones.Reference.Tests;

/// <summary>A reference allocator in checked mode over its own tracked heap.</summary>
internal sealed class ReferenceFixture : IDisposable
{
    public ReferenceFixture(int alignment = ReferenceZoneAllocator.DefaultAlignment, ulong? byteLimit = null)
    {
        Heap = new TrackedHeap(new TrackedHeapOptions { ByteLimit = byteLimit });
        Allocator = new ReferenceZoneAllocator(Heap, alignment, checkInvariants: true);
    }

    public TrackedHeap Heap { get; }

    public ReferenceZoneAllocator Allocator { get; }

    /// <summary>Where <paramref name="block"/> lies in its zone's region.</summary>
    public long OffsetOf(nint zone, nint block) => block - Allocator.RegionOf(zone);

    /// <summary>Allocates and returns the block's offset, failing the test when Zalloc returns 0.</summary>
    public long AllocAt(nint zone, nuint bytes)
    {
        var block = Allocator.Zalloc(zone, bytes);
        Assert.NotEqual(0, block);
        return OffsetOf(zone, block);
    }

    public string Dump(nint zone)
    {
        var text = new StringWriter();
        Allocator.Zdump(zone, text);
        return text.ToString();
    }

    public void Dispose() => Heap.Dispose();
}
