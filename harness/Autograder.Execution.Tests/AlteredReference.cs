using Zones;
using Zones.Reference;

namespace Autograder.Execution.Tests;

/// <summary>The reference allocator, with the operations a test overrides misbehaving as a submission might.</summary>
internal abstract class AlteredReference(INativeHeap heap) : IZoneAllocator
{
    protected INativeHeap Heap { get; } = heap;

    private ReferenceZoneAllocator Reference { get; } = new(heap);

    public virtual nint CreateZone(nuint bytes) => Reference.CreateZone(bytes);

    public virtual nint Zalloc(nint zone, nuint bytes) => Reference.Zalloc(zone, bytes);

    public virtual void Zfree(nint zone, nint block) => Reference.Zfree(zone, block);

    public virtual nuint BlockSize(nint zone, nint block) => Reference.BlockSize(zone, block);

    public nuint ZoneSize(nint zone) => Reference.ZoneSize(zone);

    public void DestroyZone(nint zone) => Reference.DestroyZone(zone);

    public void Zdump(nint zone, TextWriter output) => Reference.Zdump(zone, output);
}
