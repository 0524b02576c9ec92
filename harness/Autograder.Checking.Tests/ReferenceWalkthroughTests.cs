using Autograder.Cases;

namespace Autograder.Checking.Tests;

public sealed class ReferenceWalkthroughTests
{
    private static readonly CaseDefinition Holes = new CaseBuilder("holes")
        .Zone("z", 64)
        .Alloc("a", "z", 10)
        .Alloc("b", "z", 8)
        .Free("z", "a")
        .BlockSize("z", "b")
        .Alloc("c", "z", 64)
        .Destroy("z")
        .Build();

    [Fact]
    public void Each_step_that_changes_a_zone_draws_it_after_the_step_with_the_bytes_it_placed_or_freed()
    {
        var steps = ReferenceWalkthrough.Walk(Holes, Grading.Reference.For(Holes), alignment: 8, maxSteps: 100);

        Assert.Equal(Holes.Steps.Count, steps.Count);
        Assert.Equal(new ZoneSnapshot.ByteRange(0, 16), steps[1].Touched);
        Assert.Equal(new ZoneSnapshot.ByteRange(16, 8), steps[2].Touched);
        Assert.Equal(new ZoneSnapshot.ByteRange(0, 16), steps[3].Touched);
        Assert.Equal(
            """
            zone z: 64 bytes, 1 live block, after this step (1 character = 1 byte)
              |................BBBBBBBB........................................|
               ^^^^^^^^^^^^^^^^
                 offset      0  free run of 16 bytes
              B  offset     16  block b: 8 bytes (footprint 8)
                 offset     24  free run of 40 bytes

            """,
            steps[3].ZoneAfter);
    }

    [Fact]
    public void Steps_that_change_nothing_draw_nothing_and_a_destroyed_zone_is_not_drawn()
    {
        var steps = ReferenceWalkthrough.Walk(Holes, Grading.Reference.For(Holes), alignment: 8, maxSteps: 100);

        Assert.Equal([true, true, true, true, false, false, true], steps.Select(step => step.ChangedZone));
        Assert.Null(steps[4].ZoneAfter);
        Assert.Null(steps[5].ZoneAfter);
        Assert.Null(steps[6].ZoneAfter);
        Assert.Equal(Execution.StepOutcome.ReturnedNull, steps[5].Answer.Outcome);
    }

    [Fact]
    public void Only_the_steps_asked_for_are_walked()
    {
        var steps = ReferenceWalkthrough.Walk(Holes, Grading.Reference.For(Holes), alignment: 8, maxSteps: 2);

        Assert.Equal([0, 1], steps.Select(step => step.Index));
    }
}
