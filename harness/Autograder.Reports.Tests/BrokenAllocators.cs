using Zones;
using Zones.Reference;

namespace Autograder.Reports.Tests;

/// <summary>The reference, passed through unchanged: the base of submissions broken in one way each.</summary>
internal class PassThroughAllocator(INativeHeap heap) : IZoneAllocator
{
    protected INativeHeap Heap { get; } = heap;

    protected ReferenceZoneAllocator Inner { get; } = new(heap);

    public virtual nint CreateZone(nuint bytes) => Inner.CreateZone(bytes);

    public virtual nint Zalloc(nint zone, nuint bytes) => Inner.Zalloc(zone, bytes);

    public virtual void Zfree(nint zone, nint block) => Inner.Zfree(zone, block);

    public virtual nuint BlockSize(nint zone, nint block) => Inner.BlockSize(zone, block);

    public virtual nuint ZoneSize(nint zone) => Inner.ZoneSize(zone);

    public virtual void DestroyZone(nint zone) => Inner.DestroyZone(zone);

    public virtual void Zdump(nint zone, TextWriter output) => Inner.Zdump(zone, output);
}

/// <summary>Best fit, built from the reference's own layout: takes the tightest free run that fits.</summary>
internal sealed class BestFit(INativeHeap heap) : PassThroughAllocator(heap)
{
    public override nint Zalloc(nint zone, nuint bytes)
    {
        var footprint = Inner.Footprint(bytes);
        var tightest = Inner.Layout(zone).Segments
            .Where(s => s.Kind == ZoneSegmentKind.Free && s.Length >= footprint)
            .OrderBy(s => s.Length)
            .FirstOrDefault();
        if (tightest.Length == 0)
        {
            return 0;
        }

        // Fill every run below the tightest with placeholders, allocate, then free the placeholders.
        var placeholders = new List<nint>();
        while (true)
        {
            var block = Inner.Zalloc(zone, bytes);
            if (block - Inner.RegionOf(zone) == (nint)tightest.Offset)
            {
                foreach (var placeholder in placeholders)
                {
                    Inner.Zfree(zone, placeholder);
                }

                return block;
            }

            placeholders.Add(block);
        }
    }
}

/// <summary>Allocates a "free-list node" on every zfree and never frees it.</summary>
internal sealed class LeaksOnFree(INativeHeap heap) : PassThroughAllocator(heap)
{
    public override void Zfree(nint zone, nint block)
    {
        Heap.Malloc(24);
        Inner.Zfree(zone, block);
    }
}

/// <summary>block_size throws an exception whose message is full of characters HTML and XML must escape.</summary>
internal sealed class ThrowsMarkup(INativeHeap heap) : PassThroughAllocator(heap)
{
    public const string Message = "<script>alert('pwned')</script> & \"quotes\" | pipes ``` fences \u0001";

    public override nuint BlockSize(nint zone, nint block) => throw new InvalidOperationException(Message);
}
