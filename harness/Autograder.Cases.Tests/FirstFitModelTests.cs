namespace Autograder.Cases.Tests;

public sealed class FirstFitModelTests
{
    [Fact]
    public void Blocks_go_to_the_lowest_free_run_that_holds_their_rounded_up_footprint()
    {
        var model = new FirstFitModel(256, alignment: 8);

        Assert.Equal([0UL, 8UL, 24UL], new[] { 1UL, 9UL, 8UL }.Select(size => Place(model, size)));
        model.Release(8, 9);
        Assert.Equal(32UL, Place(model, 17));
        Assert.Equal(8UL, Place(model, 16));
    }

    [Fact]
    public void A_freed_block_joins_the_free_runs_on_both_sides()
    {
        var model = new FirstFitModel(48, alignment: 8);
        var offsets = new[] { 16UL, 16UL, 16UL }.Select(size => Place(model, size)).ToList();

        model.Release(offsets[0], 16);
        model.Release(offsets[2], 16);
        model.Release(offsets[1], 16);

        Assert.Equal(0UL, Place(model, 48));
    }

    [Fact]
    public void A_block_fits_only_where_its_whole_footprint_fits_in_a_region_that_is_not_a_multiple_of_the_alignment()
    {
        var model = new FirstFitModel(20, alignment: 8);

        Assert.True(model.TryPlace(16, out _));
        Assert.False(model.TryPlace(3, out _));
    }

    [Fact]
    public void A_growing_region_records_the_highest_end_offset_any_block_reached()
    {
        var model = new FirstFitModel(ulong.MaxValue, alignment: 8);

        var first = Place(model, 100);
        Place(model, 50);
        model.Release(first, 100);
        Place(model, 60);
        Place(model, 60);

        Assert.Equal(104UL + 56 + 64, model.HighWater);
    }

    [Fact]
    public void A_size_too_large_to_round_up_does_not_fit()
    {
        var model = new FirstFitModel(ulong.MaxValue, alignment: 8);

        Assert.False(model.TryPlace(ulong.MaxValue - 3, out _));
    }

    private static ulong Place(FirstFitModel model, ulong size)
    {
        Assert.True(model.TryPlace(size, out var offset));
        return offset;
    }
}
