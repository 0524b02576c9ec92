using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Zones;
using Zones.Heap;

namespace Autograder.Benchmarks;

/// <summary>
/// What the tracked heap's bookkeeping costs over the allocator it wraps: a Malloc and Free of
/// <see cref="BlockBytes"/> bytes through <see cref="TrackedHeap"/> (called through
/// <see cref="INativeHeap"/>, as a submission calls it) against <see cref="NativeMemory"/> directly.
/// The goal is within 1.3x. The batch variant keeps <see cref="Batch"/> blocks live at once (all
/// allocated, then all freed) so the address table holds more than one entry; its times are per pair.
/// </summary>
[Config(typeof(YardstickConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public unsafe class TrackedHeapAgainstNativeMemory
{
    private const nuint BlockBytes = 32;
    private const int Batch = 64;

    private readonly nint[] _blocks = new nint[Batch];
    private TrackedHeap _tracked = null!;
    private INativeHeap _heap = null!;

    [GlobalSetup]
    public void SetUp()
    {
        _tracked = new TrackedHeap();
        _heap = _tracked;
    }

    [GlobalCleanup]
    public void CleanUp() => _tracked.Dispose();

    [Benchmark(Baseline = true, Description = "NativeMemory")]
    [BenchmarkCategory("One pair")]
    public nint NativeMemoryPair()
    {
        var block = NativeMemory.Alloc(BlockBytes);
        NativeMemory.Free(block);
        return (nint)block;
    }

    [Benchmark(Description = "TrackedHeap")]
    [BenchmarkCategory("One pair")]
    public nint TrackedHeapPair()
    {
        var block = _heap.Malloc(BlockBytes);
        _heap.Free(block);
        return block;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch, Description = "NativeMemory")]
    [BenchmarkCategory("64 live")]
    public nint NativeMemoryBatch()
    {
        var blocks = _blocks;
        for (var i = 0; i < blocks.Length; i++)
        {
            blocks[i] = (nint)NativeMemory.Alloc(BlockBytes);
        }

        for (var i = 0; i < blocks.Length; i++)
        {
            NativeMemory.Free((void*)blocks[i]);
        }

        return blocks[0];
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "TrackedHeap")]
    [BenchmarkCategory("64 live")]
    public nint TrackedHeapBatch()
    {
        var blocks = _blocks;
        for (var i = 0; i < blocks.Length; i++)
        {
            blocks[i] = _heap.Malloc(BlockBytes);
        }

        for (var i = 0; i < blocks.Length; i++)
        {
            _heap.Free(blocks[i]);
        }

        return blocks[0];
    }
}
