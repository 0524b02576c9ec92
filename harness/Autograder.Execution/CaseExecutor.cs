using Autograder.Cases;
using Zones;
using Zones.Heap;

namespace Autograder.Execution;

/// <summary>
/// Runs a case's operations against an allocator over a fresh tracked heap and records what each step
/// did. It decides nothing: the same run of the reference gives the expected observations, and the
/// checker compares the two. It knows nothing of processes, so it runs the same in a test and in a worker.
/// Observing a step allocates nothing but what the step's answer holds (an exception's message, a dump).
/// </summary>
public sealed partial class CaseExecutor
{
    private readonly CaseOperations _operations;
    private readonly TrackedHeap _heap;
    private readonly IZoneAllocator _allocator;
    private readonly ZoneSlot[] _zones;
    private readonly nint[] _blocks;
    private readonly Dictionary<nint, LiveBlock> _liveBlocks = [];
    private readonly List<ObservedHeapError> _heapErrors = [];
    private readonly CaseProgress? _progress;

    private CaseExecutor(CaseOperations operations, TrackedHeap heap, IZoneAllocator allocator, CaseProgress? progress)
    {
        _operations = operations;
        _heap = heap;
        _allocator = allocator;
        _progress = progress;
        _zones = new ZoneSlot[operations.ZoneSlots];
        _blocks = new nint[operations.BlockSlots];
    }

    /// <summary>Runs <paramref name="case"/> against the allocator <paramref name="createAllocator"/> builds over the heap.</summary>
    /// <param name="case">The case.</param>
    /// <param name="createAllocator">Builds the allocator over the heap the executor provides.</param>
    /// <param name="options">How to run it.</param>
    /// <param name="progress">Hears about every step as it starts, if given.</param>
    public static CaseObservation Run(CaseDefinition @case, Func<INativeHeap, IZoneAllocator> createAllocator, ExecutionOptions? options = null, CaseProgress? progress = null) =>
        Run(CaseOperations.Of(@case), createAllocator, options, progress);

    /// <summary>Runs <paramref name="operations"/> against the allocator <paramref name="createAllocator"/> builds over the heap.</summary>
    /// <param name="operations">The case's operations.</param>
    /// <param name="createAllocator">Builds the allocator over the heap the executor provides.</param>
    /// <param name="options">How to run it.</param>
    /// <param name="progress">Hears about every step as it starts, if given.</param>
    public static CaseObservation Run(CaseOperations operations, Func<INativeHeap, IZoneAllocator> createAllocator, ExecutionOptions? options = null, CaseProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(createAllocator);
        options ??= ExecutionOptions.Default;
        using var heap = new TrackedHeap(new TrackedHeapOptions
        {
            ByteLimit = operations.HeapLimit ?? options.DefaultHeapLimit,
            QuarantineFreedBlocks = true,
            RecordAllocationSites = options.RecordAllocationSites,
        });

        IZoneAllocator allocator;
        try
        {
            allocator = createAllocator(heap);
        }
        catch (Exception e)
        {
            return new CaseObservation { Steps = [], Fault = $"the allocator's constructor threw {Describe(e)}" };
        }

        return new CaseExecutor(operations, heap, allocator, progress).RunAll();
    }

    private CaseObservation RunAll()
    {
        var operations = _operations.Steps;
        var steps = new StepObservation[operations.Length];
        for (var i = 0; i < steps.Length; i++)
        {
            var errorsBefore = _heap.Errors.Count;
            _progress?.StepStarting(i);
            var observation = Observe(i, operations[i]);
            if (_heap.Errors.Count != errorsBefore)
            {
                observation = NoteHeapErrors(observation, i, errorsBefore);
            }

            steps[i] = observation;
        }

        // Teardown is reported as the step after the last one.
        _progress?.StepStarting(steps.Length);

        var teardown = TearDown();
        var leaks = _heap.LiveAllocations();
        return new CaseObservation
        {
            Steps = steps,
            Teardown = teardown,
            HeapErrors = _heapErrors,
            Leaks = leaks.Count == 0 ? [] : leaks.Select(block => new LeakedBlock(block.Size, block.Site?.ToString())).ToList(),
            Counters = _heap.Counters,
            RanToEnd = true,
        };
    }

    private StepObservation NoteHeapErrors(StepObservation observation, int stepIndex, int errorsBefore)
    {
        var errors = _heap.Errors;
        for (var e = errorsBefore; e < errors.Count; e++)
        {
            _heapErrors.Add(new ObservedHeapError(stepIndex, errors[e].ToString()));
        }

        return observation with { HeapErrors = errors.Count - errorsBefore };
    }

    // Zones the case left alive are destroyed so that whatever is still taken from the heap is a leak.
    private List<TeardownObservation> TearDown()
    {
        var teardown = new List<TeardownObservation>();
        for (var slot = 0; slot < _zones.Length; slot++)
        {
            if (!_zones[slot].IsLive)
            {
                continue;
            }

            var errorsBefore = _heap.Errors.Count;
            var damage = CheckZonePayloads(slot);
            StepObservation observation;
            try
            {
                _allocator.DestroyZone(_zones[slot].Handle);
                observation = Returned(0);
            }
            catch (Exception e)
            {
                observation = Failed(e);
            }

            ForgetZone(slot, observation);
            teardown.Add(new TeardownObservation(slot, observation.Outcome, observation.Text, damage));
            for (var e = errorsBefore; e < _heap.Errors.Count; e++)
            {
                _heapErrors.Add(new ObservedHeapError(-1, _heap.Errors[e].ToString()));
            }
        }

        return teardown;
    }

    private static StepObservation Returned(long value) => new() { Outcome = StepOutcome.Returned, Value = value };

    private static StepObservation ReturnedNull() => new() { Outcome = StepOutcome.ReturnedNull };

    // A contract violation is an answer the reference can give too; anything else the student's code threw is not.
    private static StepObservation Failed(Exception e) => e is ZoneContractException
        ? new StepObservation { Outcome = StepOutcome.Violation, Text = e.Message }
        : new StepObservation { Outcome = StepOutcome.Threw, Text = Describe(e) };

    /// <summary>The exception's type and message, and the frame that threw it.</summary>
    private static string Describe(Exception e)
    {
        var frame = e.StackTrace?.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim();
        return frame is null ? $"{e.GetType().Name}: {e.Message}" : $"{e.GetType().Name}: {e.Message} ({frame})";
    }

    private struct ZoneSlot
    {
        public nint Handle;
        public nint RegionBase;
        public long RegionSize;
        public bool IsLive;
    }

    private readonly record struct LiveBlock(int ZoneSlot, int BlockSlot, long Offset, long Size, int PatternStep);
}
