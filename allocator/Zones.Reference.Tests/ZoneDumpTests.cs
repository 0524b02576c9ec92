namespace Zones.Reference.Tests;

public sealed class ZoneDumpTests
{
    [Fact]
    public void An_empty_zone_dumps_its_header_and_one_free_run()
    {
        using var f = new ReferenceFixture();
        var zone = f.Allocator.CreateZone(100);

        Assert.Equal("zone size=100 blocks=0 runs=1 used=0 free=100\nfree offset=0 length=100\n", f.Dump(zone));
    }

    [Fact]
    public void The_dump_lists_blocks_and_free_runs_in_address_order()
    {
        using var f = new ReferenceFixture();
        var zone = f.Allocator.CreateZone(100);
        f.Allocator.Zalloc(zone, 10);
        var hole = f.Allocator.Zalloc(zone, 8);
        f.Allocator.Zalloc(zone, 8);
        f.Allocator.Zfree(zone, hole);

        Assert.Equal(
            """
            zone size=100 blocks=2 runs=2 used=24 free=76
            block offset=0 size=10 footprint=16
            free offset=16 length=8
            block offset=24 size=8 footprint=8
            free offset=32 length=68

            """.ReplaceLineEndings("\n"),
            f.Dump(zone));
    }

    [Fact]
    public void A_full_zone_has_no_free_line()
    {
        using var f = new ReferenceFixture();
        var zone = f.Allocator.CreateZone(16);
        f.Allocator.Zalloc(zone, 16);

        Assert.Equal("zone size=16 blocks=1 runs=0 used=16 free=0\nblock offset=0 size=16 footprint=16\n", f.Dump(zone));
    }

    [Fact]
    public void A_dump_parses_back_into_the_same_layout()
    {
        using var f = new ReferenceFixture();
        var zone = f.Allocator.CreateZone(100);
        f.Allocator.Zalloc(zone, 10);
        f.Allocator.Zalloc(zone, 30);

        Assert.True(ZoneLayout.TryParse(f.Dump(zone).Replace("\n", "\r\n", StringComparison.Ordinal), out var layout, out var error), error);

        Assert.Equal(f.Allocator.Layout(zone).Segments, layout!.Segments);
        Assert.Equal(f.Dump(zone), layout.ToString());
    }

    [Theory]
    [InlineData("zone size=10\n", "line 1: expected the header")]
    [InlineData("zone size=16 blocks=1 runs=0 used=16 free=0\nblock offset=0 size=16\n", "line 2: expected 'block offset=N size=N footprint=N'")]
    [InlineData("zone size=16 blocks=1 runs=0 used=16 free=0\nfree offset=0 length=16\n", "line 1: the header says")]
    [InlineData("zone size=16 blocks=0 runs=1 used=0 free=16\nfree offset=0 length=-16\n", "line 2:")]
    public void A_malformed_dump_is_rejected_naming_the_line(string dump, string expected)
    {
        Assert.False(ZoneLayout.TryParse(dump, out _, out var error));

        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }
}
