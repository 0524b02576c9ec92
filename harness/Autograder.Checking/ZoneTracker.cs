using Autograder.Cases;

namespace Autograder.Checking;

/// <summary>
/// The live blocks of every zone as the reference placed them, kept step by step while checking. Up to
/// the first divergence the submission's blocks are the same, so this is also the zone the student's
/// code was working on: what a failure draws, and what a misplaced block is checked against.
/// </summary>
internal sealed class ZoneTracker
{
    private readonly ZoneBlocks?[] _zones;
    private readonly (int Zone, long Offset)[] _blockHomes;

    public ZoneTracker(CaseDefinition @case)
    {
        _zones = new ZoneBlocks?[@case.ZoneNames.Count];
        _blockHomes = new (int, long)[@case.BlockNames.Count];
    }

    public ZoneBlocks? this[int zoneSlot] => zoneSlot == CaseStep.NoSlot ? null : _zones[zoneSlot];

    public void Create(int zoneSlot, long size) => _zones[zoneSlot] = new ZoneBlocks(size);

    public void Destroy(int zoneSlot) => _zones[zoneSlot] = null;

    public void Allocate(int zoneSlot, int blockSlot, long offset, long size, long footprint)
    {
        _zones[zoneSlot]?.Add(offset, new TrackedBlock(blockSlot, size, footprint));
        if (blockSlot != CaseStep.NoSlot)
        {
            _blockHomes[blockSlot] = (zoneSlot, offset);
        }
    }

    public void Free(int blockSlot)
    {
        var (zone, offset) = _blockHomes[blockSlot];
        _zones[zone]?.Remove(offset);
    }
}
