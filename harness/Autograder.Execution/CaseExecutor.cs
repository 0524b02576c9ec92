using Autograder.Cases;
using Zones;
using Zones.Heap;

namespace Autograder.Execution;

/// <summary>
/// Runs a case's operations against an allocator over a fresh tracked heap and records what each step
/// did. It decides nothing: the same run of the reference gives the expected observations, and the
/// checker compares the two. It knows nothing of processes, so it runs the same in a test and in a worker.
/// </summary>
public sealed partial class CaseExecutor
{
    private readonly CaseDefinition _case;
    private readonly TrackedHeap _heap;
    private readonly IZoneAllocator _allocator;
    private readonly ZoneSlot[] _zones;
    private readonly nint[] _blocks;
    private readonly Dictionary<nint, LiveBlock> _liveBlocks = [];
    private readonly List<ObservedHeapError> _heapErrors = [];

    private readonly CaseProgress? _progress;

    private CaseExecutor(CaseDefinition @case, TrackedHeap heap, IZoneAllocator allocator, CaseProgress? progress)
    {
        _progress = progress;
        _case = @case;
        _heap = heap;
        _allocator = allocator;
        _zones = new ZoneSlot[@case.ZoneNames.Count];
        _blocks = new nint[@case.BlockNames.Count];
    }

    /// <summary>Runs <paramref name="case"/> against the allocator <paramref name="createAllocator"/> builds over the heap.</summary>
    /// <param name="case">The case.</param>
    /// <param name="createAllocator">Builds the allocator over the heap the executor provides.</param>
    /// <param name="options">How to run it.</param>
    /// <param name="progress">Hears about every step as it starts and ends, if given.</param>
    public static CaseObservation Run(CaseDefinition @case, Func<INativeHeap, IZoneAllocator> createAllocator, ExecutionOptions? options = null, CaseProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(createAllocator);
        options ??= ExecutionOptions.Default;
        using var heap = new TrackedHeap(new TrackedHeapOptions
        {
            ByteLimit = @case.HeapLimit ?? options.DefaultHeapLimit,
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

        return new CaseExecutor(@case, heap, allocator, progress).RunAll();
    }

    private CaseObservation RunAll()
    {
        var steps = new StepObservation[_case.Steps.Count];
        for (var i = 0; i < steps.Length; i++)
        {
            var errorsBefore = _heap.Errors.Count;
            _progress?.StepStarting(i);
            var observation = Observe(i, _case.Steps[i]);
            steps[i] = NoteHeapErrors(observation, i, errorsBefore);
            _progress?.StepObserved(i, steps[i]);
        }

        // Teardown is reported as the step after the last one.
        _progress?.StepStarting(steps.Length);

        var teardown = TearDown();
        return new CaseObservation
        {
            Steps = steps,
            Teardown = teardown,
            HeapErrors = _heapErrors,
            Leaks = _heap.LiveAllocations().Select(block => new LeakedBlock(block.Size, block.Site?.ToString())).ToList(),
            Counters = _heap.Counters,
            RanToEnd = true,
        };
    }

    private StepObservation NoteHeapErrors(StepObservation observation, int stepIndex, int errorsBefore)
    {
        var errors = _heap.Errors;
        if (errors.Count == errorsBefore)
        {
            return observation;
        }

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
            var observation = Call(() =>
            {
                _allocator.DestroyZone(_zones[slot].Handle);
                return Returned(0);
            });
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

    private static StepObservation Call(Func<StepObservation> call)
    {
        try
        {
            return call();
        }
        catch (ZoneContractException e)
        {
            return new StepObservation { Outcome = StepOutcome.Violation, Text = e.Message };
        }
        catch (Exception e)
        {
            return new StepObservation { Outcome = StepOutcome.Threw, Text = Describe(e) };
        }
    }

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
