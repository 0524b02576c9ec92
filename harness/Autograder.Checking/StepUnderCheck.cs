using Autograder.Cases;

namespace Autograder.Checking;

/// <summary>
/// The step being compared and where it stands, kept on the stack: what a divergence at that step needs
/// to be written (its index, the zone's picture), without a closure per step.
/// </summary>
internal readonly struct StepUnderCheck(CaseDefinition @case, int index, CaseStep step, ZoneTracker zones)
{
    public CaseStep Step { get; } = step;

    public ZoneTracker Zones { get; } = zones;

    /// <summary>The divergence at this step, with the zone as it stood before it, <paramref name="marked"/> bytes marked.</summary>
    public Divergence Diverge(DivergenceKind kind, string expected, string actual, (long Offset, long Length)? marked = null) =>
        new(index, kind, expected, actual, DifferentialChecker.MapOf(@case, Zones, Step, marked))
        {
            Zone = DifferentialChecker.SnapshotOf(@case, Zones, Step, marked),
        };
}
