using Autograder.Cases;
using Autograder.Execution;

namespace Autograder.Checking;

/// <summary>
/// What the reference allocator does at each step of a case, with the zone drawn as text after every step
/// that changes it: for a student studying a case before (or after) their own code runs it.
/// </summary>
public static class ReferenceWalkthrough
{
    /// <summary>The first <paramref name="maxSteps"/> steps of <paramref name="case"/> as the reference ran them.</summary>
    /// <param name="case">The case.</param>
    /// <param name="reference">The reference's observations of the case (<see cref="ReferenceAnswers.For"/>).</param>
    /// <param name="alignment">The alignment the reference ran with, which sets each block's footprint.</param>
    /// <param name="maxSteps">How many steps to walk through, from the first.</param>
    public static IReadOnlyList<ReferenceStep> Walk(CaseDefinition @case, CaseObservation reference, int alignment, int maxSteps)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(alignment);
        var zones = new ZoneTracker(@case);

        // Where each block name's latest block lies, so that a free can mark the bytes it gives back.
        var homes = new Dictionary<int, ZoneSnapshot.ByteRange>();
        var count = Math.Min(Math.Min(maxSteps, @case.Steps.Count), reference.Steps.Count);
        var styles = Styles(@case, reference, alignment, count);
        var walked = new List<ReferenceStep>(Math.Max(count, 0));
        for (var i = 0; i < count; i++)
        {
            var step = @case.Steps[i];
            var answer = reference.Steps[i];
            ZoneSnapshot.ByteRange? touched = null;
            var changed = answer.Outcome == StepOutcome.Returned;
            switch (step.Operation)
            {
                case Operation.CreateZone when changed:
                    zones.Create(step.Zone, (long)step.Size);
                    break;
                case Operation.Zalloc when changed:
                    var footprint = Footprint(step.Size, alignment);
                    zones.Allocate(step.Zone, step.Block, answer.Value, (long)step.Size, footprint);
                    touched = new ZoneSnapshot.ByteRange(answer.Value, footprint);
                    if (step.Block != CaseStep.NoSlot)
                    {
                        homes[step.Block] = touched.Value;
                    }

                    break;
                case Operation.Zfree when changed:
                    touched = homes.TryGetValue(step.Block, out var home) ? home : null;
                    zones.Free(step.Block);
                    break;
                case Operation.DestroyZone when changed:
                    zones.Destroy(step.Zone);
                    break;
                default:
                    changed = false;
                    break;
            }

            var map = changed && zones[step.Zone] is { } blocks
                ? ZoneMap.Render(@case, step.Zone, blocks, touched is { } mark ? (mark.Offset, mark.Length) : null, styles[step.Zone])
                : null;
            walked.Add(new ReferenceStep(i, answer, touched, changed, map));
        }

        return walked;
    }

    // Each zone is drawn at one scale throughout, wide enough for the furthest block it will hold, and each
    // block keeps its letter from step to step.
    private static ZoneMapStyle[] Styles(CaseDefinition @case, CaseObservation reference, int alignment, int count)
    {
        var reach = new long[@case.ZoneNames.Count];
        for (var i = 0; i < count; i++)
        {
            var step = @case.Steps[i];
            if (step.Operation == Operation.Zalloc && reference.Steps[i].Outcome == StepOutcome.Returned && step.Zone != CaseStep.NoSlot)
            {
                reach[step.Zone] = Math.Max(reach[step.Zone], reference.Steps[i].Value + Footprint(step.Size, alignment));
            }
        }

        return reach.Select(bytes => new ZoneMapStyle("after this step", bytes, LetterPerName: true)).ToArray();
    }

    private static long Footprint(ulong size, int alignment) => ((long)size + alignment - 1) / alignment * alignment;
}
