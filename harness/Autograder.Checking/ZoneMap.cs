using System.Globalization;
using System.Text;
using Autograder.Cases;

namespace Autograder.Checking;

/// <summary>
/// Draws a zone as text: a bar where each character stands for a few bytes (a letter per block, '.' for
/// free bytes), a marker under the bytes the failing step is about, and a list of the blocks and free
/// runs near them.
/// </summary>
internal static class ZoneMap
{
    private const int BarWidth = 64;
    private const int ListedSegments = 12;
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string Render(CaseDefinition @case, int zoneSlot, ZoneBlocks zone, (long Offset, long Length)? marked, ZoneMapStyle? style = null)
    {
        style ??= ZoneMapStyle.Failure;
        var segments = Segments(zone, style.LetterPerName);
        var shown = ShownBytes(zone, segments, marked, style.Reach);
        var scale = Math.Max(1, (shown + BarWidth - 1) / BarWidth);
        var width = (int)((shown + scale - 1) / scale);
        var text = new StringBuilder();
        var blocks = Count(segments, true);
        text.Append(CultureInfo.InvariantCulture, $"zone {@case.ZoneNames[zoneSlot]}: {zone.Size} bytes, {blocks} live {(blocks == 1 ? "block" : "blocks")}, {style.Moment}");
        text.Append(scale == 1 ? " (1 character = 1 byte" : $" (1 character = {scale} bytes");
        text.Append(shown < zone.Size ? $"; bytes 0 to {shown} of {zone.Size} shown, the rest is free)\n" : ")\n");
        text.Append("  |").Append(Bar(segments, scale, width)).Append("|\n");
        if (marked is { } mark)
        {
            text.Append("   ").Append(Marker(mark.Offset, mark.Length, scale, width)).Append('\n');
        }

        var focus = marked?.Offset ?? 0;
        var nearest = segments.Select((segment, index) => (segment, index))
            .OrderBy(pair => Distance(pair.segment, focus))
            .Take(ListedSegments)
            .OrderBy(pair => pair.index)
            .ToList();
        if (nearest.Count < segments.Count)
        {
            text.Append(CultureInfo.InvariantCulture, $"  ({segments.Count - nearest.Count} of {segments.Count} segments not listed: those far from offset {focus})\n");
        }

        foreach (var (segment, _) in nearest)
        {
            text.Append("  ").Append(Describe(@case, segment)).Append('\n');
        }

        return text.ToString();
    }

    // A few blocks at the start of a large zone would all fall into the bar's first character, so the bar
    // stops a little past the last block (or the marked bytes) when everything after that is free.
    private static long ShownBytes(ZoneBlocks zone, List<Segment> segments, (long Offset, long Length)? marked, long reach)
    {
        var end = Math.Max(reach, segments.Where(s => s.Block is not null).Select(s => s.Offset + s.Length).DefaultIfEmpty(0).Max());
        if (marked is { } mark)
        {
            end = Math.Max(end, mark.Offset + mark.Length);
        }

        var shown = Math.Max(BarWidth, end + (end / 4));
        return shown >= zone.Size / 2 ? zone.Size : shown;
    }

    private static List<Segment> Segments(ZoneBlocks zone, bool letterPerName)
    {
        var segments = new List<Segment>();
        long cursor = 0;
        var letter = 0;
        foreach (var (offset, block) in zone.Blocks)
        {
            if (offset > cursor)
            {
                segments.Add(new Segment(cursor, offset - cursor, null, ' '));
            }

            var index = !letterPerName ? letter++ : block.BlockSlot < 0 ? -1 : block.BlockSlot % Letters.Length;
            segments.Add(new Segment(offset, block.Footprint, block, index >= 0 && index < Letters.Length ? Letters[index] : '#'));
            cursor = Math.Max(cursor, offset + block.Footprint);
        }

        if (cursor < zone.Size)
        {
            segments.Add(new Segment(cursor, zone.Size - cursor, null, ' '));
        }

        return segments;
    }

    private static string Bar(List<Segment> segments, long scale, int width)
    {
        var bar = new char[width];
        Array.Fill(bar, '.');
        foreach (var segment in segments.Where(s => s.Block is not null))
        {
            var first = segment.Offset / scale;
            var last = (segment.Offset + segment.Length - 1) / scale;
            for (var column = first; column <= last && column < width; column++)
            {
                bar[column] = segment.Letter;
            }
        }

        return new string(bar);
    }

    private static string Marker(long offset, long length, long scale, int width)
    {
        var marker = new char[width + 1];
        Array.Fill(marker, ' ');
        var first = Math.Clamp(offset / scale, 0, width);
        var last = Math.Clamp((offset + Math.Max(length, 1) - 1) / scale, first, width);
        for (var column = first; column <= last; column++)
        {
            marker[column] = '^';
        }

        return new string(marker).TrimEnd();
    }

    private static string Describe(CaseDefinition @case, Segment segment)
    {
        if (segment.Block is not { } block)
        {
            return string.Create(CultureInfo.InvariantCulture, $"   offset {segment.Offset,6}  free run of {segment.Length} bytes");
        }

        var name = block.BlockSlot == CaseStep.NoSlot ? "(unnamed)" : @case.BlockNames[block.BlockSlot];
        return string.Create(CultureInfo.InvariantCulture, $"{segment.Letter}  offset {segment.Offset,6}  block {name}: {block.Size} bytes (footprint {block.Footprint})");
    }

    private static int Count(List<Segment> segments, bool blocks) => segments.Count(s => (s.Block is not null) == blocks);

    private static long Distance(Segment segment, long offset) =>
        offset < segment.Offset ? segment.Offset - offset : offset >= segment.Offset + segment.Length ? offset - (segment.Offset + segment.Length - 1) : 0;

    private readonly record struct Segment(long Offset, long Length, TrackedBlock? Block, char Letter);
}
