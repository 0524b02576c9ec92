namespace Autograder.Cases.Tests;

public sealed class NameResolutionTests
{
    [Fact]
    public void Each_distinct_name_gets_the_next_slot_in_order_of_first_binding()
    {
        var definition = Parsing.Parse(
            "case x", "description d",
            "big = create_zone 256", "small = create_zone 64",
            "first = zalloc small 8", "second = zalloc big 8", "third = zalloc big 8");

        Assert.Equal(["big", "small"], definition.ZoneNames);
        Assert.Equal(["first", "second", "third"], definition.BlockNames);
        Assert.Equal([0, 1, 1, 0, 0], definition.Steps.Select(s => s.Zone));
        Assert.Equal([CaseStep.NoSlot, CaseStep.NoSlot, 0, 1, 2], definition.Steps.Select(s => s.Block));
    }

    [Fact]
    public void Rebinding_a_name_reuses_its_slot()
    {
        var definition = Parsing.ParseSteps("zfree z a", "a = zalloc z 32", "block_size z a", "z = create_zone 128");

        Assert.Equal(["a"], definition.BlockNames);
        Assert.Equal(["z"], definition.ZoneNames);
        Assert.Equal(0, definition.Steps[^3].Block);
        Assert.Equal(0, definition.Steps[^2].Block);
        Assert.Equal(0, definition.Steps[^1].Zone);
    }

    [Fact]
    public void Zone_names_and_block_names_are_separate_so_one_word_can_be_both()
    {
        var definition = Parsing.Parse("case x", "description d", "p = create_zone 64", "p = zalloc p 8", "zfree p p");

        Assert.Equal(["p"], definition.ZoneNames);
        Assert.Equal(["p"], definition.BlockNames);
        Assert.Equal(new CaseStep { Operation = Operation.Zfree, Zone = 0, Block = 0, Line = 5 }, definition.Steps[^1]);
    }

    [Fact]
    public void A_name_stays_bound_after_its_zone_is_destroyed_so_that_a_case_can_use_a_dead_handle()
    {
        var steps = Parsing.ParseSteps("destroy_zone z", "zfree z a -> violation", "zone_size z -> violation").Steps;

        Assert.All(steps.TakeLast(3), s => Assert.Equal(0, s.Zone));
    }

    [Theory]
    [InlineData("zfree z a+8", 8L)]
    [InlineData("zfree z a-8", -8L)]
    [InlineData("block_size z a+0", 0L)]
    [InlineData("zfree z a-9223372036854775808", long.MinValue)]
    [InlineData("zfree z a+9223372036854775807", long.MaxValue)]
    public void A_block_operand_may_add_or_subtract_a_byte_count(string line, long delta)
    {
        var step = Parsing.ParseStep(line);

        Assert.Equal(0, step.Block);
        Assert.Equal(delta, step.BlockDelta);
    }

    [Fact]
    public void The_literal_null_stands_for_a_zone_or_a_block_and_binds_no_slot()
    {
        var steps = Parsing.ParseSteps("zfree null a -> violation", "block_size z null -> violation", "zalloc null 8 -> violation").Steps;

        Assert.Equal([CaseStep.NoSlot, 0, CaseStep.NoSlot], steps.TakeLast(3).Select(s => s.Zone));
        Assert.Equal([0, CaseStep.NoSlot, CaseStep.NoSlot], steps.TakeLast(3).Select(s => s.Block));
    }

    [Fact]
    public void Names_may_use_upper_case_digits_and_underscores()
    {
        var definition = Parsing.Parse("case x", "description d", "_Zone2 = create_zone 64", "Block_10 = zalloc _Zone2 8");

        Assert.Equal(["_Zone2"], definition.ZoneNames);
        Assert.Equal(["Block_10"], definition.BlockNames);
    }
}
