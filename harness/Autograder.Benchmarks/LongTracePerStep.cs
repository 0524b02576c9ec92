using Autograder.Cases;
using Autograder.Checking;
using Autograder.Execution;
using Autograder.Execution.Channel;
using BenchmarkDotNet.Attributes;
using Zones;
using Zones.Heap;
using Zones.Reference;

namespace Autograder.Benchmarks;

/// <summary>
/// What each stage of grading costs per step of a long trace (h02: 20,002 steps, thousands of live
/// blocks and holes): parsing the case file, running it through the executor, checking it against the
/// reference, and carrying its answer over the worker channel. Every time and every Allocated figure is
/// per step (each invocation runs the whole case). The executor and the direct calls run the reference
/// allocator, so that the executor's own cost is not hidden behind a slow submission.
/// </summary>
/// <remarks>
/// Allocated per step: an observation is a 32-byte struct in the case's one array, so about 32 B a step
/// is the floor for the executor; whatever is above it is per-case bookkeeping spread over the steps
/// (the heap's tables, the live-block table) or per-step waste.
/// </remarks>
[Config(typeof(YardstickConfig))]
public class LongTracePerStep
{
    private const int Steps = 20_002;

    private static readonly Func<INativeHeap, IZoneAllocator> Reference = heap => new ReferenceZoneAllocator(heap, ReferenceZoneAllocator.DefaultAlignment, checkInvariants: false);

    private readonly DifferentialChecker _checker = new();
    private string _text = null!;
    private CaseDefinition _case = null!;
    private CaseOperations _operations = null!;
    private CaseObservation _expected = null!;
    private CaseObservation _actual = null!;
    private FrameWriter _writer = null!;
    private MemoryStream _buffer = null!;
    private FrameChannel _channel = null!;

    [GlobalSetup]
    public void SetUp()
    {
        _case = CaseParser.Load(Path.Combine(Repository.Root(), "cases", "hidden", "h02-long-trace-small-blocks.case"));
        if (_case.Steps.Count != Steps)
        {
            throw new InvalidOperationException($"h02 has {_case.Steps.Count} steps; update {nameof(Steps)}.");
        }

        _text = CaseWriter.ToText(_case);
        _operations = CaseOperations.Of(_case);
        _expected = CaseExecutor.Run(_operations, Reference);
        _actual = CaseExecutor.Run(_operations, Reference);
        _writer = new FrameWriter();
        _buffer = new MemoryStream();
        _channel = new FrameChannel(_buffer, _buffer);
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        _writer.Dispose();
        _buffer.Dispose();
    }

    [Benchmark(OperationsPerInvoke = Steps, Description = "parse the case file")]
    public CaseDefinition Parse() => CaseParser.Parse(_text, "h02.case");

    [Benchmark(Baseline = true, OperationsPerInvoke = Steps, Description = "reference called directly")]
    public long DirectCalls()
    {
        using var heap = new TrackedHeap(new TrackedHeapOptions { QuarantineFreedBlocks = true });
        var allocator = Reference(heap);
        var zones = new nint[_operations.ZoneSlots];
        var blocks = new nint[_operations.BlockSlots];
        long sum = 0;
        foreach (ref readonly var step in _operations.Steps)
        {
            switch (step.Operation)
            {
                case Operation.CreateZone:
                    zones[step.Zone] = allocator.CreateZone((nuint)step.Size);
                    break;
                case Operation.Zalloc:
                    var block = allocator.Zalloc(zones[step.Zone], (nuint)step.Size);
                    sum += block;
                    if (step.Block != CaseStep.NoSlot)
                    {
                        blocks[step.Block] = block;
                    }

                    break;
                case Operation.Zfree:
                    allocator.Zfree(zones[step.Zone], blocks[step.Block]);
                    break;
                case Operation.DestroyZone:
                    allocator.DestroyZone(zones[step.Zone]);
                    break;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Steps, Description = "executor over the reference")]
    public CaseObservation Execute() => CaseExecutor.Run(_operations, Reference);

    [Benchmark(OperationsPerInvoke = Steps, Description = "check against the reference")]
    public CaseVerdict Check() => _checker.Check(_case, _expected, _actual);

    [Benchmark(OperationsPerInvoke = Steps, Description = "answer frame: encode, send, decode")]
    public int CarryTheAnswer()
    {
        _buffer.SetLength(0);
        WorkerProtocol.WriteCaseEnd(_writer, _actual);
        _channel.Write(_writer);
        _buffer.Position = 0;
        using var frame = _channel.Read()!;
        return WorkerProtocol.ReadCaseEnd(frame, _operations).Steps.Count;
    }
}
