namespace Autograder.Checking;

/// <summary>The first step where a submission did something other than the reference.</summary>
/// <param name="StepIndex">The step's index; the step count when it happened during the final teardown.</param>
/// <param name="Kind">What kind of difference.</param>
/// <param name="Expected">What the reference did, in a sentence.</param>
/// <param name="Actual">What the submission did, in a sentence.</param>
/// <param name="ZoneMap">The zone as it stood before the step, as text; null when no zone is involved.</param>
public sealed record Divergence(int StepIndex, DivergenceKind Kind, string Expected, string Actual, string? ZoneMap)
{
    /// <summary>The zone <see cref="ZoneMap"/> draws, as data to draw a picture from; null when no zone is involved.</summary>
    public ZoneSnapshot? Zone { get; init; }
}
