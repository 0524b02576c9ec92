using System.Globalization;
using Autograder.Checking;

namespace Autograder.Reports.Tests;

public sealed class ZonePictureTests
{
    [Fact]
    public void The_checker_records_the_zone_it_draws_as_text_with_the_diverging_bytes_marked()
    {
        var grade = Submissions.Named("best-fit").Grades.Single(g => g.Case == Submissions.Holes);

        var zone = grade.Verdict.Divergence?.Zone;

        Assert.NotNull(zone);
        Assert.Equal(("z", 256L), (zone.ZoneName, zone.Size));
        Assert.Equal(
            [new ZoneSnapshot.Block(0, 16, 16, "a"), new ZoneSnapshot.Block(80, 16, 16, "c"), new ZoneSnapshot.Block(120, 16, 16, "e")],
            zone.Blocks);
        Assert.Equal(new ZoneSnapshot.ByteRange(96, 24), zone.Marked);
        Assert.StartsWith("zone z: 256 bytes, 3 live blocks, before this step", grade.Verdict.Divergence!.ZoneMap, StringComparison.Ordinal);
    }

    [Fact]
    public void Blocks_and_free_runs_alternate_in_address_order_across_the_whole_strip()
    {
        var zone = new ZoneSnapshot("z", 100, [new ZoneSnapshot.Block(0, 10, 16, "a"), new ZoneSnapshot.Block(24, 8, 8, null)], null);

        var picture = ZonePictureBuilder.Build(zone);

        Assert.Equal(["block", "free", "block", "free"], picture.Shapes.Select(shape => shape.Kind));
        Assert.Equal(10.0, X(picture.Shapes[0].X));
        Assert.Equal(950.0, X(picture.Shapes[^1].X) + X(picture.Shapes[^1].Width), 0.01);
        Assert.Equal("block (unnamed): offset 24, 8 bytes (footprint 8)", picture.Shapes[2].Title);
        Assert.Equal("zone z: 100 bytes, 2 live blocks, before this step", picture.Caption);
    }

    [Fact]
    public void The_marked_bytes_sit_over_their_offset()
    {
        var zone = new ZoneSnapshot("z", 256, [new ZoneSnapshot.Block(0, 16, 16, "a")], new ZoneSnapshot.ByteRange(96, 24));

        var picture = ZonePictureBuilder.Build(zone);

        Assert.NotNull(picture.Marked);
        Assert.Equal(10 + (96 * 940.0 / 256), X(picture.Marked.X), 0.01);
        Assert.Equal(24 * 940.0 / 256, X(picture.Marked.Width), 0.01);
        Assert.Contains(picture.Ticks, tick => tick.Label == "96");
    }

    [Fact]
    public void A_large_zone_that_is_free_past_its_blocks_is_cut_so_that_small_blocks_stay_visible()
    {
        var zone = new ZoneSnapshot("big", 1_000_000, [new ZoneSnapshot.Block(0, 8, 8, "a"), new ZoneSnapshot.Block(8, 56, 56, "b")], null);

        var picture = ZonePictureBuilder.Build(zone);

        Assert.Equal("zone big: 1000000 bytes, 2 live blocks, before this step; bytes 0 to 80 of 1000000 shown, the rest is free", picture.Caption);
        Assert.Equal("80 of 1000000", picture.Ticks[^1].Label);
        Assert.True(X(picture.Shapes[0].Width) > 90);
    }

    [Fact]
    public void A_name_is_written_inside_a_block_only_where_it_fits()
    {
        var zone = new ZoneSnapshot("z", 4096, [new ZoneSnapshot.Block(0, 8, 8, "tiny"), new ZoneSnapshot.Block(8, 2000, 2000, "wide")], null);

        var picture = ZonePictureBuilder.Build(zone);

        Assert.Equal(["", "wide"], picture.Shapes.Where(shape => shape.Kind == "block").Select(shape => shape.Label));
    }

    private static double X(string number) => double.Parse(number, CultureInfo.InvariantCulture);
}
