using Autograder.Cases;

namespace Autograder.Execution;

public sealed partial class CaseExecutor
{
    private StepObservation Observe(int index, CaseStep step) => step.Operation switch
    {
        Operation.CreateZone => CreateZone(step),
        Operation.Zalloc => Zalloc(index, step),
        Operation.Zfree => Zfree(step),
        Operation.BlockSize => Call(() => Returned((long)_allocator.BlockSize(ZoneHandle(step), BlockPointer(step)))),
        Operation.ZoneSize => Call(() => Returned((long)_allocator.ZoneSize(ZoneHandle(step)))),
        Operation.DestroyZone => DestroyZone(step),
        Operation.Zdump => Zdump(step),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step.Operation, "unknown operation"),
    };

    private nint ZoneHandle(CaseStep step) => step.Zone == CaseStep.NoSlot ? 0 : _zones[step.Zone].Handle;

    private nint BlockPointer(CaseStep step) =>
        step.Block == CaseStep.NoSlot ? (nint)step.BlockDelta : _blocks[step.Block] + (nint)step.BlockDelta;

    private StepObservation CreateZone(CaseStep step)
    {
        _heap.StartAllocationLog();
        var observation = Call(() =>
        {
            var handle = _allocator.CreateZone((nuint)step.Size);
            _zones[step.Zone] = new ZoneSlot { Handle = handle, IsLive = handle != 0 };
            return handle == 0 ? new StepObservation { Outcome = StepOutcome.ReturnedNull } : Returned(0);
        });
        var taken = _heap.StopAllocationLog();
        if (observation.Outcome != StepOutcome.Returned)
        {
            return observation;
        }

        // The region is the heap block of exactly the zone's size; failing that, the largest one that
        // could hold it, so that offsets still mean something.
        var exact = taken.FirstOrDefault(block => block.Size == (nuint)step.Size);
        var standIn = exact ?? taken.Where(block => block.Size >= (nuint)step.Size).MaxBy(block => block.Size);
        ref var zone = ref _zones[step.Zone];
        zone.RegionBase = standIn?.Address ?? 0;
        zone.RegionSize = (long)(standIn?.Size ?? 0);
        return observation with
        {
            Value = zone.RegionSize,
            Region = exact is not null ? RegionFinding.Exact : standIn is not null ? RegionFinding.Approximate : RegionFinding.Missing,
        };
    }

    private StepObservation Zalloc(int index, CaseStep step)
    {
        var zoneHandle = ZoneHandle(step);
        var observation = Call(() =>
        {
            var address = _allocator.Zalloc(zoneHandle, (nuint)step.Size);
            return address == 0 ? new StepObservation { Outcome = StepOutcome.ReturnedNull } : Returned(address);
        });
        var address = observation.Outcome == StepOutcome.Returned ? (nint)observation.Value : 0;
        if (step.Block != CaseStep.NoSlot && observation.Outcome is StepOutcome.Returned or StepOutcome.ReturnedNull)
        {
            _blocks[step.Block] = address;
        }

        if (address == 0)
        {
            return observation;
        }

        var slot = ZoneSlotOf(zoneHandle);
        if (slot < 0 || _zones[slot].RegionBase == 0)
        {
            return observation with { Value = 0, InsideRegion = false };
        }

        var zone = _zones[slot];
        var offset = (long)(address - zone.RegionBase);
        var inside = offset >= 0 && offset + (long)step.Size <= zone.RegionSize;
        if (inside)
        {
            // Only bytes inside the region are ever written, so a wild pointer cannot crash the grader.
            PayloadPattern.Write(address, (long)step.Size, index);
            _liveBlocks[address] = new LiveBlock(slot, step.Block, offset, (long)step.Size, index);
        }

        return observation with { Value = offset, InsideRegion = inside };
    }

    private StepObservation Zfree(CaseStep step)
    {
        var pointer = BlockPointer(step);
        var damage = _liveBlocks.TryGetValue(pointer, out var block) ? CheckPayload(block) : null;
        var observation = Call(() =>
        {
            _allocator.Zfree(ZoneHandle(step), pointer);
            return Returned(0);
        });
        if (observation.Outcome == StepOutcome.Returned)
        {
            _liveBlocks.Remove(pointer);
        }

        return observation with { Damage = damage };
    }

    private StepObservation DestroyZone(CaseStep step)
    {
        var slot = step.Zone;
        var damage = slot != CaseStep.NoSlot && _zones[slot].IsLive ? CheckZonePayloads(slot) : null;
        var observation = Call(() =>
        {
            _allocator.DestroyZone(ZoneHandle(step));
            return Returned(0);
        });
        if (slot != CaseStep.NoSlot)
        {
            ForgetZone(slot, observation);
        }

        return observation with { Damage = damage };
    }

    private StepObservation Zdump(CaseStep step)
    {
        var output = new StringWriter();
        var observation = Call(() =>
        {
            _allocator.Zdump(ZoneHandle(step), output);
            return Returned(0);
        });
        return observation.Outcome == StepOutcome.Returned ? observation with { Text = output.ToString() } : observation;
    }

    private void ForgetZone(int slot, StepObservation observation)
    {
        if (observation.Outcome != StepOutcome.Returned)
        {
            return;
        }

        _zones[slot].IsLive = false;
        foreach (var address in _liveBlocks.Where(pair => pair.Value.ZoneSlot == slot).Select(pair => pair.Key).ToList())
        {
            _liveBlocks.Remove(address);
        }
    }

    private int ZoneSlotOf(nint handle)
    {
        for (var slot = 0; slot < _zones.Length; slot++)
        {
            if (_zones[slot].IsLive && _zones[slot].Handle == handle)
            {
                return slot;
            }
        }

        return -1;
    }

    private PayloadDamage? CheckZonePayloads(int slot)
    {
        foreach (var block in _liveBlocks.Values.Where(block => block.ZoneSlot == slot).OrderBy(block => block.Offset))
        {
            if (CheckPayload(block) is { } damage)
            {
                return damage;
            }
        }

        return null;
    }

    private PayloadDamage? CheckPayload(LiveBlock block)
    {
        var address = _zones[block.ZoneSlot].RegionBase + (nint)block.Offset;
        var index = PayloadPattern.FirstDamaged(address, block.Size, block.PatternStep);
        return index < 0
            ? null
            : new PayloadDamage(block.BlockSlot, block.Offset, index, PayloadPattern.At(block.PatternStep, index), PayloadPattern.Read(address, index));
    }
}
