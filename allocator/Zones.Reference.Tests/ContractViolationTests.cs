namespace Zones.Reference.Tests;

public sealed class ContractViolationTests
{
    [Fact]
    public void A_zone_of_zero_bytes_is_a_contract_violation()
    {
        using var f = new ReferenceFixture();

        Assert.Throws<ZoneContractException>(() => f.Allocator.CreateZone(0));
        Assert.Equal(0, f.Heap.Counters.MallocCalls);
    }

    [Fact]
    public void A_block_of_zero_bytes_is_a_contract_violation()
    {
        using var f = new ReferenceFixture();
        var zone = f.Allocator.CreateZone(64);

        var error = Assert.Throws<ZoneContractException>(() => f.Allocator.Zalloc(zone, 0));

        Assert.Contains("greater than 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_operation_rejects_a_handle_that_is_not_a_live_zone()
    {
        using var f = new ReferenceFixture();
        var live = f.Allocator.CreateZone(64);
        var destroyed = f.Allocator.CreateZone(64);
        f.Allocator.DestroyZone(destroyed);
        var block = f.Allocator.Zalloc(live, 8);

        foreach (var zone in new nint[] { 0, destroyed, block })
        {
            Assert.Throws<ZoneContractException>(() => f.Allocator.Zalloc(zone, 8));
            Assert.Throws<ZoneContractException>(() => f.Allocator.Zfree(zone, block));
            Assert.Throws<ZoneContractException>(() => f.Allocator.BlockSize(zone, block));
            Assert.Throws<ZoneContractException>(() => f.Allocator.ZoneSize(zone));
            Assert.Throws<ZoneContractException>(() => f.Allocator.DestroyZone(zone));
            Assert.Throws<ZoneContractException>(() => f.Allocator.Zdump(zone, TextWriter.Null));
        }
    }

    [Fact]
    public void A_double_free_is_a_contract_violation_that_changes_nothing()
    {
        using var f = new ReferenceFixture();
        var zone = f.Allocator.CreateZone(64);
        var block = f.Allocator.Zalloc(zone, 16);
        f.Allocator.Zalloc(zone, 16);
        f.Allocator.Zfree(zone, block);
        var before = f.Dump(zone);

        var error = Assert.Throws<ZoneContractException>(() => f.Allocator.Zfree(zone, block));

        Assert.Contains("freed already", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, f.Dump(zone));
    }

    [Fact]
    public void An_interior_pointer_is_a_contract_violation_that_names_the_block()
    {
        using var f = new ReferenceFixture();
        var zone = f.Allocator.CreateZone(64);
        f.Allocator.Zalloc(zone, 8);
        var block = f.Allocator.Zalloc(zone, 24);
        var before = f.Dump(zone);

        var error = Assert.Throws<ZoneContractException>(() => f.Allocator.Zfree(zone, block + 8));

        Assert.Contains("8 bytes into the block at offset 8", error.Message, StringComparison.Ordinal);
        Assert.Throws<ZoneContractException>(() => f.Allocator.BlockSize(zone, block + 8));
        Assert.Equal(before, f.Dump(zone));
    }

    [Fact]
    public void A_block_of_another_zone_is_a_contract_violation()
    {
        using var f = new ReferenceFixture();
        var one = f.Allocator.CreateZone(64);
        var two = f.Allocator.CreateZone(64);
        var block = f.Allocator.Zalloc(one, 8);

        var error = Assert.Throws<ZoneContractException>(() => f.Allocator.Zfree(two, block));

        Assert.Contains("is not inside zone", error.Message, StringComparison.Ordinal);
        Assert.Equal(8u, f.Allocator.BlockSize(one, block));
    }

    [Fact]
    public void A_null_block_pointer_is_a_contract_violation()
    {
        using var f = new ReferenceFixture();
        var zone = f.Allocator.CreateZone(64);

        Assert.Throws<ZoneContractException>(() => f.Allocator.Zfree(zone, 0));
        Assert.Throws<ZoneContractException>(() => f.Allocator.BlockSize(zone, 0));
    }

    [Fact]
    public void A_null_dump_writer_is_a_contract_violation()
    {
        using var f = new ReferenceFixture();
        var zone = f.Allocator.CreateZone(64);

        Assert.Throws<ZoneContractException>(() => f.Allocator.Zdump(zone, null!));
    }
}
