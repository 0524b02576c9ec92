using Zones;
using Zones.Heap;
using Zones.Reference;

namespace Autograder.Cases.Tests;

/// <summary>
/// What happened when a case ran on the reference allocator: which steps returned null, which broke the
/// contract, and what each zalloc (its offset), block_size and zone_size returned.
/// </summary>
internal sealed record ReferenceReplay(IReadOnlyList<int> NullSteps, IReadOnlyList<int> ViolationSteps, IReadOnlyDictionary<int, ulong> Values, long BytesLeft)
{
    /// <summary>Runs every step of the case on the reference in checked mode, with the default alignment unless told.</summary>
    public static ReferenceReplay Run(CaseDefinition definition, int alignment = ReferenceZoneAllocator.DefaultAlignment)
    {
        using var heap = new TrackedHeap(new TrackedHeapOptions { ByteLimit = definition.HeapLimit });
        var reference = new ReferenceZoneAllocator(heap, alignment, checkInvariants: true);
        var zones = new nint[definition.ZoneNames.Count];
        var blocks = new nint[definition.BlockNames.Count];
        var nulls = new List<int>();
        var violations = new List<int>();
        var values = new Dictionary<int, ulong>();
        for (var i = 0; i < definition.Steps.Count; i++)
        {
            var step = definition.Steps[i];
            var zone = step.Zone == CaseStep.NoSlot ? 0 : zones[step.Zone];
            var block = step.Block == CaseStep.NoSlot ? 0 : blocks[step.Block] + (nint)step.BlockDelta;
            try
            {
                switch (step.Operation)
                {
                    case Operation.CreateZone:
                        zones[step.Zone] = reference.CreateZone((nuint)step.Size);
                        if (zones[step.Zone] == 0)
                        {
                            nulls.Add(i);
                        }

                        break;
                    case Operation.Zalloc:
                        var address = reference.Zalloc(zone, (nuint)step.Size);
                        if (address == 0)
                        {
                            nulls.Add(i);
                        }
                        else
                        {
                            values[i] = (ulong)(address - reference.RegionOf(zone));
                        }

                        if (step.Block != CaseStep.NoSlot)
                        {
                            blocks[step.Block] = address;
                        }

                        break;
                    case Operation.Zfree:
                        reference.Zfree(zone, block);
                        break;
                    case Operation.BlockSize:
                        values[i] = reference.BlockSize(zone, block);
                        break;
                    case Operation.ZoneSize:
                        values[i] = reference.ZoneSize(zone);
                        break;
                    case Operation.DestroyZone:
                        reference.DestroyZone(zone);
                        break;
                    case Operation.Zdump:
                        reference.Zdump(zone, TextWriter.Null);
                        break;
                }
            }
            catch (ZoneContractException)
            {
                violations.Add(i);
            }
        }

        return new ReferenceReplay(nulls, violations, values, (long)heap.Counters.LiveBytes);
    }
}
