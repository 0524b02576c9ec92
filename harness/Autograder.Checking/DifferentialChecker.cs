using Autograder.Cases;
using Autograder.Execution;

namespace Autograder.Checking;

/// <summary>
/// Compares a submission's observations of a case with the reference's, step by step. The first step
/// where they differ is the failure: its divergence says what the reference did, what the submission
/// did, and shows the zone as it stood. Leaks are measured apart from correctness.
/// </summary>
public sealed partial class DifferentialChecker
{
    private readonly CheckOptions _options;

    /// <summary>Creates a checker with the rubric's settings.</summary>
    public DifferentialChecker(CheckOptions? options = null) => _options = options ?? CheckOptions.Default;

    /// <summary>The verdict on <paramref name="actual"/>, given the reference's <paramref name="expected"/>.</summary>
    public CaseVerdict Check(CaseDefinition @case, CaseObservation expected, CaseObservation actual)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (!expected.RanToEnd || expected.Steps.Count != @case.Steps.Count)
        {
            throw new InvalidOperationException($"The reference did not run case '{@case.Name}' to its end: {expected.Fault}");
        }

        var divergence = FirstDivergence(@case, expected, actual);
        return new CaseVerdict
        {
            CaseName = @case.Name,
            Divergence = divergence,
            RanToEnd = actual.RanToEnd,
            Leaks = actual.RanToEnd ? actual.Leaks : [],
        };
    }

    private Divergence? FirstDivergence(CaseDefinition @case, CaseObservation expected, CaseObservation actual)
    {
        var zones = new ZoneTracker(@case);
        for (var i = 0; i < @case.Steps.Count; i++)
        {
            var step = @case.Steps[i];
            if (i >= actual.Steps.Count)
            {
                return Stopped(@case, i, actual, zones, step);
            }

            var divergence = CompareStep(@case, i, expected.Steps[i], actual.Steps[i], actual, zones);
            if (divergence is not null)
            {
                return divergence;
            }

            Advance(zones, step, expected.Steps[i]);
        }

        return actual.RanToEnd ? CompareTeardown(@case, actual, zones) : Stopped(@case, @case.Steps.Count, actual, zones, null);
    }

    // The run stopped at `index` or, when the worker said which step was under way, at that later step:
    // the steps in between were not observed, so they cannot be blamed.
    private static Divergence Stopped(CaseDefinition @case, int index, CaseObservation actual, ZoneTracker zones, CaseStep? step)
    {
        if (actual.StoppedAtStep is { } under && under > index && under < @case.Steps.Count)
        {
            index = under;
            step = @case.Steps[index];
        }

        var where = step is null ? "the grader destroyed the zones the case left alive" : "this step ran";
        return new Divergence(
            index,
            actual.TimedOut ? DivergenceKind.TimedOut : DivergenceKind.Stopped,
            step is null ? "the case runs to its end" : "the step finishes",
            actual.TimedOut
                ? $"your code did not finish while {where}: {actual.Fault}"
                : $"your code stopped the run while {where}: {actual.Fault ?? "the run stopped"}",
            step is null ? null : MapOf(@case, zones, step, null))
        {
            Zone = step is null ? null : SnapshotOf(@case, zones, step, null),
        };
    }

    private Divergence? CompareTeardown(CaseDefinition @case, CaseObservation actual, ZoneTracker zones)
    {
        var index = @case.Steps.Count;
        foreach (var teardown in actual.Teardown)
        {
            var zoneName = @case.ZoneNames[teardown.ZoneSlot];
            var map = zones[teardown.ZoneSlot] is { } blocks ? ZoneMap.Render(@case, teardown.ZoneSlot, blocks, null) : null;
            var snapshot = zones[teardown.ZoneSlot] is { } live ? ZoneSnapshot.Of(@case, teardown.ZoneSlot, live, null) : null;
            if (teardown.Damage is { } damage)
            {
                return new Divergence(index, DivergenceKind.PayloadDamaged, DamageExpected(@case, damage), DamageActual(damage), map) { Zone = snapshot };
            }

            if (teardown.Outcome != StepOutcome.Returned)
            {
                return new Divergence(
                    index,
                    teardown.Outcome == StepOutcome.Violation ? DivergenceKind.UnexpectedViolation : DivergenceKind.UnexpectedException,
                    $"after the last step the grader calls destroy_zone {zoneName}, and it gives everything back",
                    $"your destroy_zone {zoneName} threw {teardown.Text}",
                    map)
                {
                    Zone = snapshot,
                };
            }
        }

        var heapErrors = actual.HeapErrors.Where(error => error.StepIndex < 0).ToList();
        return heapErrors.Count == 0
            ? null
            : new Divergence(index, DivergenceKind.HeapMisuse, "destroy_zone frees each heap block once", HeapErrorText(heapErrors), null);
    }

    // Up to the first divergence both sides agree, so the reference's view of the zones is the shared one.
    private void Advance(ZoneTracker zones, CaseStep step, in StepObservation expected)
    {
        switch (step.Operation)
        {
            case Operation.CreateZone when expected.Outcome == StepOutcome.Returned:
                zones.Create(step.Zone, (long)step.Size);
                break;
            case Operation.Zalloc when expected.Outcome == StepOutcome.Returned:
                zones.Allocate(step.Zone, step.Block, expected.Value, (long)step.Size, Footprint((long)step.Size));
                break;
            case Operation.Zfree when expected.Outcome == StepOutcome.Returned:
                zones.Free(step.Block);
                break;
            case Operation.DestroyZone when expected.Outcome == StepOutcome.Returned:
                zones.Destroy(step.Zone);
                break;
        }
    }

    private long Footprint(long size) => (size + _options.Alignment - 1) / _options.Alignment * _options.Alignment;

    internal static string? MapOf(CaseDefinition @case, ZoneTracker zones, CaseStep step, (long Offset, long Length)? marked) =>
        step.Operation == Operation.CreateZone || zones[step.Zone] is not { } blocks
            ? null
            : ZoneMap.Render(@case, step.Zone, blocks, marked);

    internal static ZoneSnapshot? SnapshotOf(CaseDefinition @case, ZoneTracker zones, CaseStep step, (long Offset, long Length)? marked) =>
        step.Operation == Operation.CreateZone || zones[step.Zone] is not { } blocks
            ? null
            : ZoneSnapshot.Of(@case, step.Zone, blocks, marked);
}
