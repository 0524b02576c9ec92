using Autograder.Checking;
using Autograder.Reports.Model;

namespace Autograder.Reports;

/// <summary>
/// Lays a <see cref="ZoneSnapshot"/> out as a strip of rectangles: blocks and free runs in address order, scaled
/// to a fixed width, with the bytes the failure is about marked. As the text map does, a large zone whose end is
/// all free is cut a little past its last block, so that small blocks stay wide enough to see.
/// </summary>
internal static class ZonePictureBuilder
{
    private const double Width = 960;
    private const double Height = 104;
    private const double StripX = 10;
    private const double StripY = 30;
    private const double StripWidth = Width - (2 * StripX);
    private const double StripHeight = 44;
    private const double LabelCharacterWidth = 7.5;
    private const long MinimumShownBytes = 64;

    public static ZonePicture Build(ZoneSnapshot zone)
    {
        var shown = ShownBytes(zone);
        var scale = StripWidth / Math.Max(1, shown);
        var shapes = new List<ZoneShape>();
        long cursor = 0;
        foreach (var block in zone.Blocks)
        {
            if (block.Offset > cursor)
            {
                shapes.Add(Free(cursor, block.Offset - cursor, scale, shown));
            }

            shapes.Add(Shape("block", block.Offset, block.Footprint, scale, shown, BlockTitle(block), block.Name ?? string.Empty));
            cursor = Math.Max(cursor, block.Offset + block.Footprint);
        }

        if (cursor < shown)
        {
            shapes.Add(Free(cursor, zone.Size - cursor, scale, shown));
        }

        var marked = zone.Marked is { } mark
            ? Shape("marked", mark.Offset, Math.Max(1, mark.Length), scale, shown, $"the bytes this step is about: offset {mark.Offset}, {mark.Length} bytes", string.Empty)
            : null;

        return new ZonePicture
        {
            Width = Numbers.Format(Width, 2),
            Height = Numbers.Format(Height, 2),
            StripX = Numbers.Format(StripX, 2),
            StripY = Numbers.Format(StripY, 2),
            StripWidth = Numbers.Format(StripWidth, 2),
            StripHeight = Numbers.Format(StripHeight, 2),
            LabelY = Numbers.Format(StripY + (StripHeight / 2) + 4, 2),
            MarkY = Numbers.Format(StripY - 6, 2),
            MarkHeight = Numbers.Format(StripHeight + 12, 2),
            TickY = Numbers.Format(StripY + StripHeight + 24, 2),
            Caption = Caption(zone, shown),
            Shapes = shapes,
            Marked = marked,
            Ticks = Ticks(zone, shown, scale),
        };
    }

    private static long ShownBytes(ZoneSnapshot zone)
    {
        var end = zone.Blocks.Select(block => block.Offset + block.Footprint).DefaultIfEmpty(0).Max();
        if (zone.Marked is { } mark)
        {
            end = Math.Max(end, mark.Offset + mark.Length);
        }

        var shown = Math.Max(MinimumShownBytes, end + (end / 4));
        return shown >= zone.Size / 2 ? Math.Max(zone.Size, end) : shown;
    }

    private static ZoneShape Free(long offset, long length, double scale, long shown) =>
        Shape("free", offset, length, scale, shown, $"free run: offset {offset}, {length} bytes", string.Empty);

    private static ZoneShape Shape(string kind, long offset, long length, double scale, long shown, string title, string name)
    {
        var start = Math.Min(offset, shown);
        var end = Math.Min(offset + length, shown);
        var x = StripX + (start * scale);
        var width = Math.Max((end - start) * scale, kind == "marked" ? 2 : 0);
        var fits = name.Length > 0 && width >= (name.Length * LabelCharacterWidth) + 6;
        return new ZoneShape
        {
            Kind = kind,
            X = Numbers.Format(x, 2),
            Width = Numbers.Format(width, 2),
            Title = title,
            Label = fits ? name : string.Empty,
            LabelX = Numbers.Format(x + (width / 2), 2),
        };
    }

    private static string BlockTitle(ZoneSnapshot.Block block) =>
        $"block {block.Name ?? "(unnamed)"}: offset {block.Offset}, {block.Size} bytes (footprint {block.Footprint})";

    private static string Caption(ZoneSnapshot zone, long shown)
    {
        var blocks = zone.Blocks.Count == 1 ? "1 live block" : $"{zone.Blocks.Count} live blocks";
        var part = shown < zone.Size ? $"; bytes 0 to {shown} of {zone.Size} shown, the rest is free" : string.Empty;
        return $"zone {zone.ZoneName}: {zone.Size} bytes, {blocks}, before this step{part}";
    }

    private static List<ZoneTick> Ticks(ZoneSnapshot zone, long shown, double scale)
    {
        var ticks = new List<ZoneTick>
        {
            new(Numbers.Format(StripX, 2), "0", "start"),
            new(Numbers.Format(StripX + StripWidth, 2), shown < zone.Size ? $"{shown} of {zone.Size}" : Numbers.Format(zone.Size), "end"),
        };
        if (zone.Marked is { } mark)
        {
            var x = StripX + (Math.Min(mark.Offset, shown) * scale);
            if (x > StripX + 60 && x < StripX + StripWidth - 90)
            {
                ticks.Insert(1, new ZoneTick(Numbers.Format(x, 2), Numbers.Format(mark.Offset), "middle"));
            }
        }

        return ticks;
    }
}
