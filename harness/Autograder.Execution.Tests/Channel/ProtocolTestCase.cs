using Autograder.Cases;
using Zones.Heap;

namespace Autograder.Execution.Tests.Channel;

/// <summary>A small case and an observation of it with every kind of detail an answer can carry.</summary>
internal static class ProtocolTestCase
{
    public static CaseOperations Operations { get; } = new(
        [
            new StepOperation(Operation.CreateZone, 0, CaseStep.NoSlot, 0, 256),
            new StepOperation(Operation.Zalloc, 0, 0, 0, 24),
            new StepOperation(Operation.Zfree, 0, 0, 8, 0),
            new StepOperation(Operation.Zdump, CaseStep.NoSlot, CaseStep.NoSlot, 0, 0),
        ],
        zoneSlots: 1,
        blockSlots: 2,
        heapLimit: 4096);

    public static CaseObservation Observation { get; } = new()
    {
        Steps =
        [
            new StepObservation { Outcome = StepOutcome.Returned, Value = 256, Region = RegionFinding.Approximate },
            new StepObservation { Outcome = StepOutcome.Returned, Value = -16, InsideRegion = true },
            new StepObservation { Outcome = StepOutcome.Violation, Text = "not a live block: é", HeapErrors = 2, Damage = new PayloadDamage(1, 16, 3, 0x5A, 0) },
            new StepObservation { Outcome = StepOutcome.Threw, Text = string.Empty },
        ],
        Teardown = [new TeardownObservation(0, StepOutcome.Threw, "boom", new PayloadDamage(CaseStep.NoSlot, 8, 0, 1, 2))],
        HeapErrors = [new ObservedHeapError(2, "double free"), new ObservedHeapError(-1, "unknown pointer")],
        Leaks = [new LeakedBlock(48, "ZoneAllocator.NewNode (Zones.cs:12)"), new LeakedBlock(8, null)],
        Counters = new HeapCounters(10, 9, 1, 2, 56, 4096, 2),
        RanToEnd = true,
        Fault = null,
        ConsoleOutput = "hello\n",
    };
}
