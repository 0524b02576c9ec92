namespace Zones.Reference.Tests;

public sealed class ZoneLifetimeTests
{
    [Fact]
    public void A_zone_takes_its_record_and_exactly_its_size_from_the_heap()
    {
        using var f = new ReferenceFixture();

        f.Allocator.CreateZone(1000);

        Assert.Equal(2, f.Heap.Counters.LiveBlocks);
        Assert.Equal(1000UL + ReferenceZoneAllocator.ZoneRecordBytes, f.Heap.Counters.LiveBytes);
    }

    [Fact]
    public void Create_zone_returns_zero_and_keeps_nothing_when_the_heap_refuses_the_region()
    {
        using var f = new ReferenceFixture(byteLimit: 500);

        var zone = f.Allocator.CreateZone(1000);

        Assert.Equal(0, zone);
        Assert.Equal(0, f.Heap.Counters.LiveBlocks);
        Assert.Empty(f.Heap.Errors);
    }

    [Fact]
    public void Destroying_a_zone_with_live_blocks_gives_everything_back()
    {
        using var f = new ReferenceFixture();
        var zone = f.Allocator.CreateZone(256);
        var block = f.Allocator.Zalloc(zone, 40);
        f.Allocator.Zalloc(zone, 40);

        f.Allocator.DestroyZone(zone);

        Assert.Equal(0, f.Heap.Counters.LiveBlocks);
        Assert.Equal(0UL, f.Heap.Counters.LiveBytes);
        Assert.Empty(f.Heap.Errors);
        Assert.Throws<ZoneContractException>(() => f.Allocator.BlockSize(zone, block));
        Assert.Equal(0, f.Allocator.LiveZones);
    }

    [Fact]
    public void Destroying_one_zone_leaves_the_others_alone()
    {
        using var f = new ReferenceFixture();
        var one = f.Allocator.CreateZone(64);
        var two = f.Allocator.CreateZone(64);
        var block = f.Allocator.Zalloc(two, 24);

        f.Allocator.DestroyZone(one);

        Assert.Equal(24u, f.Allocator.BlockSize(two, block));
        Assert.True(f.Allocator.IsLiveZone(two));
        Assert.False(f.Allocator.IsLiveZone(one));
    }
}
