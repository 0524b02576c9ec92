using System.Runtime.CompilerServices;
using Autograder.Cases;

namespace Autograder.Execution;

/// <summary>
/// What the executor needs of a case, and all a worker is told of it: the steps over numbered zone and
/// block slots, how many slots there are, and the heap's limit. No names, descriptions or expectations,
/// so a hidden case reaches an untrusted worker as bare operations.
/// </summary>
public sealed class CaseOperations
{
    private static readonly ConditionalWeakTable<CaseDefinition, CaseOperations> Known = [];
    private readonly StepOperation[] _steps;

    /// <summary>Checks that every step's slots exist and creates the operations.</summary>
    /// <exception cref="ArgumentException">A step names a slot or operation that does not exist.</exception>
    public CaseOperations(StepOperation[] steps, int zoneSlots, int blockSlots, ulong? heapLimit)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentOutOfRangeException.ThrowIfNegative(zoneSlots);
        ArgumentOutOfRangeException.ThrowIfNegative(blockSlots);
        for (var i = 0; i < steps.Length; i++)
        {
            if (Problem(steps[i], zoneSlots, blockSlots) is { } problem)
            {
                throw new ArgumentException($"step {i} {problem}", nameof(steps));
            }
        }

        _steps = steps;
        ZoneSlots = zoneSlots;
        BlockSlots = blockSlots;
        HeapLimit = heapLimit;
    }

    // For a decoder that has checked every step already (the order of the parameters tells the two apart).
    private CaseOperations(int zoneSlots, int blockSlots, ulong? heapLimit, StepOperation[] steps)
    {
        _steps = steps;
        ZoneSlots = zoneSlots;
        BlockSlots = blockSlots;
        HeapLimit = heapLimit;
    }

    /// <summary>The steps, in order.</summary>
    public ReadOnlySpan<StepOperation> Steps => _steps;

    /// <summary>How many steps.</summary>
    public int StepCount => _steps.Length;

    /// <summary>How many zone slots the steps use.</summary>
    public int ZoneSlots { get; }

    /// <summary>How many block slots the steps use.</summary>
    public int BlockSlots { get; }

    /// <summary>The most bytes the heap hands out at once, or null for the runner's default.</summary>
    public ulong? HeapLimit { get; }

    /// <summary>The operations of <paramref name="case"/>, made once per case object.</summary>
    public static CaseOperations Of(CaseDefinition @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return Known.GetValue(@case, static @case =>
        {
            var steps = new StepOperation[@case.Steps.Count];
            for (var i = 0; i < steps.Length; i++)
            {
                steps[i] = StepOperation.Of(@case.Steps[i]);
            }

            return new CaseOperations(steps, @case.ZoneNames.Count, @case.BlockNames.Count, @case.HeapLimit);
        });
    }

    /// <summary>Operations whose every step <see cref="Problem"/> found nothing wrong with.</summary>
    internal static CaseOperations Checked(StepOperation[] steps, int zoneSlots, int blockSlots, ulong? heapLimit) =>
        new(zoneSlots, blockSlots, heapLimit, steps);

    /// <summary>What is wrong with <paramref name="step"/>'s operands, or null.</summary>
    internal static string? Problem(in StepOperation step, int zoneSlots, int blockSlots)
    {
        if (step.Operation is < Operation.CreateZone or > Operation.Zdump)
        {
            return $"has operation {(int)step.Operation}, which does not exist";
        }

        var lowestZone = step.Operation == Operation.CreateZone ? 0 : CaseStep.NoSlot;
        if (step.Zone < lowestZone || step.Zone >= zoneSlots)
        {
            return $"uses zone slot {step.Zone} of {zoneSlots}";
        }

        return step.Block < CaseStep.NoSlot || step.Block >= blockSlots ? $"uses block slot {step.Block} of {blockSlots}" : null;
    }
}
