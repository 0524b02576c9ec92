using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Zones;
using Zones.Heap;
using Zones.Reference;

namespace Autograder.Benchmarks;

/// <summary>
/// The time of one first-fit Zalloc with <see cref="LiveBlocks"/> live blocks already in the zone, for
/// the reference and for the linked-list sample. Each invocation is a Zalloc and the Zfree of the same
/// block, so the live count stays steady: the times are of that pair. The request skips every live
/// block and hole to the end of the zone (see <see cref="FragmentedZone"/>).
/// </summary>
/// <remarks>
/// Ratio: the sample against the reference at the same <see cref="LiveBlocks"/>. Scaling: each
/// allocator against itself at the fewest live blocks; the goal is the reference's within 2x.
/// </remarks>
[Config(typeof(ScalingConfig))]
public class ZallocAtLiveBlocks
{
    private TrackedHeap _heap = null!;
    private IZoneAllocator _allocator = null!;
    private nint _zone;

    [Params(1_000, 10_000, 100_000)]
    public int LiveBlocks { get; set; }

    [GlobalSetup(Target = nameof(Reference))]
    public void SetUpReference() => SetUp(heap => new ReferenceZoneAllocator(heap));

    [GlobalSetup(Target = nameof(LinkedList))]
    public void SetUpLinkedList() => SetUp(heap => new Student.ZoneAllocator(heap));

    [GlobalCleanup]
    public void CleanUp()
    {
        _allocator.DestroyZone(_zone);
        _heap.Dispose();
    }

    [Benchmark(Baseline = true)]
    public nint Reference() => ZallocThenZfree();

    [Benchmark]
    public nint LinkedList() => ZallocThenZfree();

    private nint ZallocThenZfree()
    {
        var block = _allocator.Zalloc(_zone, FragmentedZone.RequestBytes);
        _allocator.Zfree(_zone, block);
        return block;
    }

    private void SetUp(Func<INativeHeap, IZoneAllocator> create)
    {
        _heap = new TrackedHeap();
        _allocator = create(_heap);
        _zone = FragmentedZone.Build(_allocator, LiveBlocks).Handle;
    }

    private sealed class ScalingConfig : ManualConfig
    {
        public ScalingConfig()
        {
            Add(new YardstickConfig());
            AddColumn(new ScalingColumn(nameof(LiveBlocks)));
        }
    }
}
