using System.Runtime.InteropServices;
using Zones;
using Zones.Reference;

namespace Autograder.Testing;

/// <summary>
/// The reference, passed through unchanged: the base of allocators that are broken in exactly one way,
/// one per check the grader makes.
/// </summary>
public class PassThroughAllocator(INativeHeap heap) : IZoneAllocator
{
    protected INativeHeap Heap { get; } = heap;

    protected ReferenceZoneAllocator Inner { get; set; } = new(heap);

    public virtual nint CreateZone(nuint bytes) => Inner.CreateZone(bytes);

    public virtual nint Zalloc(nint zone, nuint bytes) => Inner.Zalloc(zone, bytes);

    public virtual void Zfree(nint zone, nint block) => Inner.Zfree(zone, block);

    public virtual nuint BlockSize(nint zone, nint block) => Inner.BlockSize(zone, block);

    public virtual nuint ZoneSize(nint zone) => Inner.ZoneSize(zone);

    public virtual void DestroyZone(nint zone) => Inner.DestroyZone(zone);

    public virtual void Zdump(nint zone, TextWriter output) => Inner.Zdump(zone, output);
}

public sealed class ReturnsNullForLargeBlocks(INativeHeap heap) : PassThroughAllocator(heap)
{
    public override nint Zalloc(nint zone, nuint bytes) => bytes >= 64 ? 0 : Inner.Zalloc(zone, bytes);
}

public sealed class ShiftsBlocksByEight(INativeHeap heap) : PassThroughAllocator(heap)
{
    public override nint CreateZone(nuint bytes)
    {
        var zone = Inner.CreateZone(bytes);
        Inner.Zalloc(zone, 8); // a hidden block at offset 0 pushes every other block along
        return zone;
    }
}

public sealed class MisalignsBlocks(INativeHeap heap) : PassThroughAllocator(heap)
{
    public override nint Zalloc(nint zone, nuint bytes)
    {
        var block = Inner.Zalloc(zone, bytes + 4);
        return block == 0 ? 0 : block + 4;
    }
}

public sealed class ReturnsTheFirstBlockAgain(INativeHeap heap) : PassThroughAllocator(heap)
{
    private nint _first;

    public override nint Zalloc(nint zone, nuint bytes)
    {
        var block = Inner.Zalloc(zone, bytes);
        return _first == 0 ? _first = block : _first;
    }
}

public sealed class ReturnsBlocksPastTheRegion(INativeHeap heap) : PassThroughAllocator(heap)
{
    public override nint Zalloc(nint zone, nuint bytes) => Inner.Zalloc(zone, bytes) == 0 ? 0 : Inner.RegionOf(zone) + (nint)Inner.ZoneSize(zone);
}

public sealed unsafe class KeepsMetadataInTheRegion(INativeHeap heap) : PassThroughAllocator(heap)
{
    private readonly List<nint> _blocks = [];

    public override nint Zalloc(nint zone, nuint bytes)
    {
        foreach (var earlier in _blocks)
        {
            *(byte*)earlier = 0xEE; // a "header" written over the start of every earlier block
        }

        var block = Inner.Zalloc(zone, bytes);
        _blocks.Add(block);
        return block;
    }
}

public sealed class BlockSizeReturnsFootprint(INativeHeap heap) : PassThroughAllocator(heap)
{
    public override nuint BlockSize(nint zone, nint block) => Inner.Footprint(Inner.BlockSize(zone, block));
}

public sealed class DumpsWithoutHeader(INativeHeap heap) : PassThroughAllocator(heap)
{
    public override void Zdump(nint zone, TextWriter output)
    {
        var text = new StringWriter();
        Inner.Zdump(zone, text);
        output.Write(text.ToString()[(text.ToString().IndexOf('\n', StringComparison.Ordinal) + 1)..]);
    }
}

public sealed class IgnoresBadFrees(INativeHeap heap) : PassThroughAllocator(heap)
{
    public override void Zfree(nint zone, nint block)
    {
        try
        {
            Inner.Zfree(zone, block);
        }
        catch (ZoneContractException)
        {
            // "freeing twice is harmless"
        }
    }
}

public sealed class RejectsZoneSize(INativeHeap heap) : PassThroughAllocator(heap)
{
    public override nuint ZoneSize(nint zone) => throw new ZoneContractException("zone_size is not supported");
}

public sealed class BlockSizeThrowsNullReference(INativeHeap heap) : PassThroughAllocator(heap)
{
    public override nuint BlockSize(nint zone, nint block) => throw new NullReferenceException("Object reference not set to an instance of an object.");
}

public sealed class FreesScratchTwice(INativeHeap heap) : PassThroughAllocator(heap)
{
    public override nint CreateZone(nuint bytes)
    {
        var scratch = Heap.Malloc(16);
        Heap.Free(scratch);
        Heap.Free(scratch);
        return Inner.CreateZone(bytes);
    }
}

public sealed class LeaksOnFree(INativeHeap heap) : PassThroughAllocator(heap)
{
    public override void Zfree(nint zone, nint block)
    {
        Heap.Malloc(24); // a "free-list node" nobody frees
        Inner.Zfree(zone, block);
    }
}

/// <summary>Takes its regions from outside the tracked heap, so the grader cannot see them.</summary>
public sealed class RegionOutsideTheHeap : PassThroughAllocator
{
    public RegionOutsideTheHeap(INativeHeap heap)
        : base(heap) => Inner = new ReferenceZoneAllocator(new LargeBlocksFromElsewhere(heap));

    private sealed unsafe class LargeBlocksFromElsewhere(INativeHeap tracked) : INativeHeap
    {
        private readonly HashSet<nint> _untracked = [];

        public nint Malloc(nuint bytes)
        {
            if (bytes < 64)
            {
                return tracked.Malloc(bytes);
            }

            var block = (nint)NativeMemory.Alloc(bytes);
            _untracked.Add(block);
            return block;
        }

        public void Free(nint pointer)
        {
            if (_untracked.Remove(pointer))
            {
                NativeMemory.Free((void*)pointer);
            }
            else
            {
                tracked.Free(pointer);
            }
        }
    }
}

/// <summary>Best fit, built from the reference's own dump: takes the tightest free run that fits.</summary>
public sealed class BestFitOverReference(INativeHeap heap) : PassThroughAllocator(heap)
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
