namespace Zones.Reference.Tests;

public sealed class PlacementTests
{
    [Fact]
    public void Blocks_are_placed_one_after_another_from_offset_zero()
    {
        using var f = new ReferenceFixture();
        var zone = f.Allocator.CreateZone(1000);

        Assert.Equal(0, f.AllocAt(zone, 16));
        Assert.Equal(16, f.AllocAt(zone, 8));
        Assert.Equal(24, f.AllocAt(zone, 100));
    }

    [Fact]
    public void A_footprint_is_the_size_rounded_up_to_the_alignment()
    {
        using var f = new ReferenceFixture();
        var zone = f.Allocator.CreateZone(1000);

        Assert.Equal(0, f.AllocAt(zone, 1));
        Assert.Equal(8, f.AllocAt(zone, 9));
        Assert.Equal(24, f.AllocAt(zone, 3));
    }

    [Fact]
    public void The_alignment_is_a_parameter()
    {
        using var f = new ReferenceFixture(alignment: 16);
        var zone = f.Allocator.CreateZone(1000);

        Assert.Equal(0, f.AllocAt(zone, 1));
        Assert.Equal(16, f.AllocAt(zone, 17));
        Assert.Equal(48, f.AllocAt(zone, 8));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-8)]
    [InlineData(12)]
    public void An_alignment_that_is_not_a_power_of_two_is_rejected(int alignment)
    {
        using var heap = new Heap.TrackedHeap();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ReferenceZoneAllocator(heap, alignment, false));

        Assert.Contains("power of two", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void First_fit_takes_the_lowest_hole_that_fits_not_the_tightest()
    {
        using var f = new ReferenceFixture();
        var zone = f.Allocator.CreateZone(256);
        var a = f.Allocator.Zalloc(zone, 16);
        var wide = f.Allocator.Zalloc(zone, 64);   // offset 16, a 64-byte hole once freed
        f.Allocator.Zalloc(zone, 16);              // offset 80
        var tight = f.Allocator.Zalloc(zone, 24);  // offset 96, a 24-byte hole once freed
        f.Allocator.Zalloc(zone, 16);              // offset 120
        f.Allocator.Zfree(zone, wide);
        f.Allocator.Zfree(zone, tight);

        Assert.Equal(16, f.AllocAt(zone, 24));
        Assert.NotEqual(0, a);
    }

    [Fact]
    public void A_hole_exactly_as_long_as_the_footprint_is_used()
    {
        using var f = new ReferenceFixture();
        var zone = f.Allocator.CreateZone(64);
        f.Allocator.Zalloc(zone, 16);
        var middle = f.Allocator.Zalloc(zone, 16);
        f.Allocator.Zalloc(zone, 32);
        f.Allocator.Zfree(zone, middle);

        Assert.Equal(16, f.AllocAt(zone, 13));
    }

    [Fact]
    public void A_block_as_large_as_the_zone_fills_it()
    {
        using var f = new ReferenceFixture();
        var zone = f.Allocator.CreateZone(64);

        Assert.Equal(0, f.AllocAt(zone, 64));
        Assert.Equal(0, f.Allocator.Zalloc(zone, 1));
    }

    [Fact]
    public void Zalloc_returns_zero_when_no_run_is_long_enough_and_changes_nothing()
    {
        using var f = new ReferenceFixture();
        var zone = f.Allocator.CreateZone(64);
        var first = f.Allocator.Zalloc(zone, 16);
        f.Allocator.Zalloc(zone, 16);
        f.Allocator.Zfree(zone, first);
        var before = f.Dump(zone);

        Assert.Equal(0, f.Allocator.Zalloc(zone, 40));
        Assert.Equal(0, f.Allocator.Zalloc(zone, nuint.MaxValue));
        Assert.Equal(before, f.Dump(zone));
    }

    [Fact]
    public void In_a_zone_whose_size_is_not_a_multiple_of_the_alignment_the_whole_footprint_must_fit()
    {
        using var f = new ReferenceFixture();
        var odd = f.Allocator.CreateZone(20);
        var tail = f.Allocator.CreateZone(100);

        Assert.Equal(0, f.Allocator.Zalloc(odd, 17));   // 17 <= 20, but its footprint is 24
        Assert.Equal(0, f.AllocAt(odd, 16));
        Assert.Equal(0, f.Allocator.Zalloc(odd, 4));    // 4 bytes are left, a footprint of 8 is not
        Assert.Equal(0, f.AllocAt(tail, 96));
        Assert.Equal(0, f.Allocator.Zalloc(tail, 1));
        Assert.EndsWith("free offset=96 length=4\n", f.Dump(tail), StringComparison.Ordinal);
    }

    [Fact]
    public void Blocks_lie_inside_the_region_taken_from_the_heap()
    {
        using var f = new ReferenceFixture();
        var zone = f.Allocator.CreateZone(100);
        var block = f.Allocator.Zalloc(zone, 40);

        var region = f.Heap.FindBlockContaining(block);

        Assert.NotNull(region);
        Assert.Equal(f.Allocator.RegionOf(zone), region.Address);
        Assert.Equal(100u, region.Size);
    }

    [Fact]
    public void Zones_are_independent()
    {
        using var f = new ReferenceFixture();
        var one = f.Allocator.CreateZone(64);
        var two = f.Allocator.CreateZone(64);

        Assert.Equal(0, f.AllocAt(one, 64));
        Assert.Equal(0, f.AllocAt(two, 32));
        Assert.Equal(32, f.AllocAt(two, 32));
    }
}
