namespace Zones.Reference;

public sealed partial class ReferenceZoneAllocator
{
    private void Verify(Zone z)
    {
        if (!ChecksInvariants)
        {
            return;
        }

        var fault = z.FreeRuns.FindStructuralFault() ?? FindLayoutFault(z);
        if (fault is not null)
        {
            throw new ZoneInvariantException($"zone 0x{z.Record:x} (size {z.Size}): {fault}\n{LayoutOf(z)}");
        }
    }

    // Blocks and free runs, in offset order, must tile the region exactly: each starts where the one
    // before it ends, blocks are aligned with their footprint, and no two free runs touch.
    private string? FindLayoutFault(Zone z)
    {
        var layout = LayoutOf(z);
        nuint expectedStart = 0;
        var previousWasFree = false;
        foreach (var segment in layout.Segments)
        {
            if (segment.Offset != expectedStart)
            {
                return segment.Offset < expectedStart
                    ? $"{segment} overlaps the segment before it, which ends at offset {expectedStart}"
                    : $"bytes {expectedStart} to {segment.Offset} are neither a block nor free";
            }

            if (segment.Length == 0)
            {
                return $"{segment} is empty";
            }

            if ((segment.Offset & _alignmentMask) != 0)
            {
                return $"{segment} is not aligned to {Alignment}";
            }

            if (segment.Kind == ZoneSegmentKind.Free && previousWasFree)
            {
                return $"{segment} touches the free run before it: they should be one run";
            }

            if (segment.Kind == ZoneSegmentKind.Block && segment.Length != Footprint(segment.RequestedSize))
            {
                return $"{segment} has the wrong footprint";
            }

            previousWasFree = segment.Kind == ZoneSegmentKind.Free;
            expectedStart = segment.End;
        }

        if (expectedStart != z.Size)
        {
            return $"the segments end at offset {expectedStart}, not at the zone's size {z.Size}";
        }

        return layout.Used + layout.Free == z.Size ? null : $"used {layout.Used} + free {layout.Free} is not the size {z.Size}";
    }
}
