using Autograder.Cases;
using Zones.Heap;

namespace Autograder.Execution;

public sealed partial class CaseExecutor
{
    // Each operation catches what the allocator throws itself rather than through a shared wrapper taking a
    // lambda: a closure per step would be the executor's only allocation on a zalloc or zfree.
    private StepObservation Observe(int index, in StepOperation step) => step.Operation switch
    {
        Operation.CreateZone => CreateZone(step),
        Operation.Zalloc => Zalloc(index, step),
        Operation.Zfree => Zfree(step),
        Operation.BlockSize => BlockSize(step),
        Operation.ZoneSize => ZoneSize(step),
        Operation.DestroyZone => DestroyZone(step),
        Operation.Zdump => Zdump(step),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step.Operation, "unknown operation"),
    };

    private nint ZoneHandle(in StepOperation step) => step.Zone == CaseStep.NoSlot ? 0 : _zones[step.Zone].Handle;

    private nint BlockPointer(in StepOperation step) =>
        step.Block == CaseStep.NoSlot ? (nint)step.BlockDelta : _blocks[step.Block] + (nint)step.BlockDelta;

    private StepObservation CreateZone(in StepOperation step)
    {
        _heap.StartAllocationLog();
        nint handle;
        try
        {
            handle = _allocator.CreateZone((nuint)step.Size);
        }
        catch (Exception e)
        {
            _heap.StopAllocationLog();
            return Failed(e);
        }

        var taken = _heap.StopAllocationLog();
        _zones[step.Zone] = new ZoneSlot { Handle = handle, IsLive = handle != 0 };
        if (handle == 0)
        {
            return ReturnedNull();
        }

        // The region is the heap block of exactly the zone's size; failing that, the largest one that
        // could hold it, so that offsets still mean something.
        var (region, finding) = FindRegion(taken, (nuint)step.Size);
        ref var zone = ref _zones[step.Zone];
        zone.RegionBase = region?.Address ?? 0;
        zone.RegionSize = (long)(region?.Size ?? 0);
        return new StepObservation { Outcome = StepOutcome.Returned, Value = zone.RegionSize, Region = finding };
    }

    private static (LiveAllocation? Region, RegionFinding Finding) FindRegion(IReadOnlyList<LiveAllocation> taken, nuint size)
    {
        LiveAllocation? standIn = null;
        foreach (var block in taken)
        {
            if (block.Size == size)
            {
                return (block, RegionFinding.Exact);
            }

            if (block.Size > size && (standIn is null || block.Size > standIn.Size))
            {
                standIn = block;
            }
        }

        return (standIn, standIn is null ? RegionFinding.Missing : RegionFinding.Approximate);
    }

    private StepObservation Zalloc(int index, in StepOperation step)
    {
        var zoneHandle = ZoneHandle(step);
        nint address;
        try
        {
            address = _allocator.Zalloc(zoneHandle, (nuint)step.Size);
        }
        catch (Exception e)
        {
            return Failed(e);
        }

        if (step.Block != CaseStep.NoSlot)
        {
            _blocks[step.Block] = address;
        }

        if (address == 0)
        {
            return ReturnedNull();
        }

        var slot = ZoneSlotOf(zoneHandle);
        if (slot < 0 || _zones[slot].RegionBase == 0)
        {
            return new StepObservation { Outcome = StepOutcome.Returned, Value = 0, InsideRegion = false };
        }

        ref readonly var zone = ref _zones[slot];
        var offset = (long)(address - zone.RegionBase);
        var inside = offset >= 0 && offset + (long)step.Size <= zone.RegionSize;
        if (inside)
        {
            // Only bytes inside the region are ever written, so a wild pointer cannot crash the grader.
            PayloadPattern.Write(address, (long)step.Size, index);
            _liveBlocks[address] = new LiveBlock(slot, step.Block, offset, (long)step.Size, index);
        }

        return new StepObservation { Outcome = StepOutcome.Returned, Value = offset, InsideRegion = inside };
    }

    private StepObservation Zfree(in StepOperation step)
    {
        var pointer = BlockPointer(step);
        var damage = _liveBlocks.TryGetValue(pointer, out var block) ? CheckPayload(block) : null;
        try
        {
            _allocator.Zfree(ZoneHandle(step), pointer);
        }
        catch (Exception e)
        {
            return Failed(e) with { Damage = damage };
        }

        _liveBlocks.Remove(pointer);
        return new StepObservation { Outcome = StepOutcome.Returned, Damage = damage };
    }

    private StepObservation BlockSize(in StepOperation step)
    {
        try
        {
            return Returned((long)_allocator.BlockSize(ZoneHandle(step), BlockPointer(step)));
        }
        catch (Exception e)
        {
            return Failed(e);
        }
    }

    private StepObservation ZoneSize(in StepOperation step)
    {
        try
        {
            return Returned((long)_allocator.ZoneSize(ZoneHandle(step)));
        }
        catch (Exception e)
        {
            return Failed(e);
        }
    }

    private StepObservation DestroyZone(in StepOperation step)
    {
        var slot = step.Zone;
        var damage = slot != CaseStep.NoSlot && _zones[slot].IsLive ? CheckZonePayloads(slot) : null;
        StepObservation observation;
        try
        {
            _allocator.DestroyZone(ZoneHandle(step));
            observation = new StepObservation { Outcome = StepOutcome.Returned, Damage = damage };
        }
        catch (Exception e)
        {
            observation = Failed(e) with { Damage = damage };
        }

        if (slot != CaseStep.NoSlot)
        {
            ForgetZone(slot, observation);
        }

        return observation;
    }

    private StepObservation Zdump(in StepOperation step)
    {
        var output = new StringWriter();
        try
        {
            _allocator.Zdump(ZoneHandle(step), output);
        }
        catch (Exception e)
        {
            return Failed(e);
        }

        return new StepObservation { Outcome = StepOutcome.Returned, Text = output.ToString() };
    }

    private void ForgetZone(int slot, in StepObservation observation)
    {
        if (observation.Outcome != StepOutcome.Returned)
        {
            return;
        }

        _zones[slot].IsLive = false;
        foreach (var (address, block) in _liveBlocks)
        {
            // Removing while enumerating is allowed for Dictionary since .NET Core 3.0.
            if (block.ZoneSlot == slot)
            {
                _liveBlocks.Remove(address);
            }
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

    // The damaged block lowest in the zone, so that the report does not depend on the dictionary's order.
    private PayloadDamage? CheckZonePayloads(int slot)
    {
        PayloadDamage? lowest = null;
        foreach (var block in _liveBlocks.Values)
        {
            if (block.ZoneSlot == slot && (lowest is null || block.Offset < lowest.BlockOffset) && CheckPayload(block) is { } damage)
            {
                lowest = damage;
            }
        }

        return lowest;
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
