using Zones.Heap;

namespace Autograder.Execution;

/// <summary>Everything a run of one case against one allocator showed.</summary>
public sealed record CaseObservation
{
    /// <summary>One observation per step run, in order; fewer than the case's steps when it stopped early.</summary>
    public required IReadOnlyList<StepObservation> Steps { get; init; }

    /// <summary>destroy_zone calls made after the last step for zones the case left alive.</summary>
    public IReadOnlyList<TeardownObservation> Teardown { get; init; } = [];

    /// <summary>Bad heap frees, with the step they happened in.</summary>
    public IReadOnlyList<ObservedHeapError> HeapErrors { get; init; } = [];

    /// <summary>Blocks still taken from the heap once every zone was destroyed.</summary>
    public IReadOnlyList<LeakedBlock> Leaks { get; init; } = [];

    /// <summary>The heap's counters at the end.</summary>
    public HeapCounters Counters { get; init; }

    /// <summary>Whether every step and the teardown ran (no crash, no time-out, no fault).</summary>
    public bool RanToEnd { get; init; }

    /// <summary>Why the run stopped early: the constructor threw, the worker crashed, the time ran out.</summary>
    public string? Fault { get; init; }

    /// <summary>The step under way when the run stopped early, when known.</summary>
    public int? StoppedAtStep { get; init; }

    /// <summary>Whether the run stopped because it ran out of time (rather than crashing).</summary>
    public bool TimedOut { get; init; }

    /// <summary>What the submission wrote to the console during the case (cut short past a limit).</summary>
    public string ConsoleOutput { get; init; } = string.Empty;
}
