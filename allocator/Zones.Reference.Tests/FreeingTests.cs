namespace Zones.Reference.Tests;

public sealed class FreeingTests
{
    [Fact]
    public void A_freed_block_joins_the_free_runs_on_both_sides()
    {
        using var f = new ReferenceFixture();
        var zone = f.Allocator.CreateZone(64);
        var a = f.Allocator.Zalloc(zone, 16);
        var b = f.Allocator.Zalloc(zone, 16);
        var c = f.Allocator.Zalloc(zone, 16);
        f.Allocator.Zfree(zone, a);
        f.Allocator.Zfree(zone, c);

        f.Allocator.Zfree(zone, b);

        Assert.Equal("zone size=64 blocks=0 runs=1 used=0 free=64\nfree offset=0 length=64\n", f.Dump(zone));
    }

    [Fact]
    public void A_freed_block_joins_only_the_free_run_before_it()
    {
        using var f = new ReferenceFixture();
        var zone = f.Allocator.CreateZone(64);
        var a = f.Allocator.Zalloc(zone, 16);
        var b = f.Allocator.Zalloc(zone, 16);
        f.Allocator.Zalloc(zone, 32);
        f.Allocator.Zfree(zone, a);

        f.Allocator.Zfree(zone, b);

        Assert.Equal(0, f.AllocAt(zone, 32));
    }

    [Fact]
    public void A_freed_block_joins_only_the_free_run_after_it()
    {
        using var f = new ReferenceFixture();
        var zone = f.Allocator.CreateZone(64);
        f.Allocator.Zalloc(zone, 16);
        var b = f.Allocator.Zalloc(zone, 16);

        f.Allocator.Zfree(zone, b);

        Assert.Equal(
            "zone size=64 blocks=1 runs=1 used=16 free=48\nblock offset=0 size=16 footprint=16\nfree offset=16 length=48\n",
            f.Dump(zone));
    }

    [Fact]
    public void Block_size_is_the_size_asked_for_not_the_footprint()
    {
        using var f = new ReferenceFixture();
        var zone = f.Allocator.CreateZone(64);

        var block = f.Allocator.Zalloc(zone, 13);

        Assert.Equal(13u, f.Allocator.BlockSize(zone, block));
    }

    [Fact]
    public void Zone_size_is_the_size_the_zone_was_created_with()
    {
        using var f = new ReferenceFixture();

        var zone = f.Allocator.CreateZone(77);
        f.Allocator.Zalloc(zone, 8);

        Assert.Equal(77u, f.Allocator.ZoneSize(zone));
    }
}
