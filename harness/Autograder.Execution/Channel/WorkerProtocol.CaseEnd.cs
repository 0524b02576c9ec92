using System.Buffers.Binary;
using Autograder.Cases;
using Zones.Heap;

namespace Autograder.Execution.Channel;

public static partial class WorkerProtocol
{
    // outcome, region, flags, value, heap errors
    private const int StepBytes = 1 + 1 + 1 + 8 + 4;
    private const int TeardownBytes = 4 + 1 + 4 + 1;
    private const int HeapErrorBytes = 4 + 4;
    private const int LeakBytes = 8 + 4;
    private const byte InsideRegionFlag = 1;
    private const byte TextFlag = 2;
    private const byte DamageFlag = 4;

    /// <summary>
    /// Writes CaseEnd: ran-to-end (u8 flag), fault (string), console output (string); the steps: count (i32),
    /// then per step outcome (u8), region (u8), flags (u8: 1 inside the region, 2 text follows, 4 damage
    /// follows), value (i64), heap errors (i32), [text (string)], [damage]; the teardown: count, then per zone
    /// slot (i32), outcome (u8), text (string), has damage (u8 flag), [damage]; heap errors: count, then step
    /// (i32, -1 for the teardown) and detail (string); leaks: count, then size (u64) and site (string); the
    /// heap's counters. A damage is block slot (i32), block offset (i64), byte index (i64), expected (u8),
    /// found (u8).
    /// </summary>
    public static void WriteCaseEnd(FrameWriter writer, CaseObservation observation)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(observation);
        writer.Begin(WorkerMessageKind.CaseEnd);
        writer.WriteBoolean(observation.RanToEnd);
        writer.WriteString(observation.Fault);
        writer.WriteString(observation.ConsoleOutput);
        writer.WriteInt32(observation.Steps.Count);
        foreach (var step in observation.Steps)
        {
            writer.WriteByte((byte)step.Outcome);
            writer.WriteByte((byte)step.Region);
            writer.WriteByte((byte)((step.InsideRegion ? InsideRegionFlag : 0) | (step.Text is null ? 0 : TextFlag) | (step.Damage is null ? 0 : DamageFlag)));
            writer.WriteInt64(step.Value);
            writer.WriteInt32(step.HeapErrors);
            if (step.Text is { } text)
            {
                writer.WriteString(text);
            }

            if (step.Damage is { } damage)
            {
                WriteDamage(writer, damage);
            }
        }

        writer.WriteInt32(observation.Teardown.Count);
        foreach (var teardown in observation.Teardown)
        {
            writer.WriteInt32(teardown.ZoneSlot);
            writer.WriteByte((byte)teardown.Outcome);
            writer.WriteString(teardown.Text);
            writer.WriteBoolean(teardown.Damage is not null);
            if (teardown.Damage is { } damage)
            {
                WriteDamage(writer, damage);
            }
        }

        writer.WriteInt32(observation.HeapErrors.Count);
        foreach (var error in observation.HeapErrors)
        {
            writer.WriteInt32(error.StepIndex);
            writer.WriteString(error.Detail);
        }

        writer.WriteInt32(observation.Leaks.Count);
        foreach (var leak in observation.Leaks)
        {
            writer.WriteUInt64(leak.Size);
            writer.WriteString(leak.Site);
        }

        var counters = observation.Counters;
        writer.WriteInt64(counters.MallocCalls);
        writer.WriteInt64(counters.FreeCalls);
        writer.WriteInt64(counters.RefusedMallocs);
        writer.WriteInt64(counters.LiveBlocks);
        writer.WriteUInt64(counters.LiveBytes);
        writer.WriteUInt64(counters.PeakBytes);
        writer.WriteInt32(counters.Errors);
    }

    /// <summary>
    /// Reads CaseEnd, the answer to running <paramref name="operations"/>: more steps than the case has,
    /// fewer in a run that claims to have ended, a slot or step the case does not have, or an enum value
    /// that does not exist is a protocol error.
    /// </summary>
    public static CaseObservation ReadCaseEnd(Frame frame, CaseOperations operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var reader = Open(frame, WorkerMessageKind.CaseEnd);
        var ranToEnd = reader.ReadBoolean("the ran-to-end flag");
        var fault = reader.ReadString("the fault");
        var console = reader.ReadString("the console output") ?? string.Empty;
        var stepCount = reader.ReadCount("the step count", operations.StepCount, StepBytes);
        if (ranToEnd && stepCount != operations.StepCount)
        {
            throw new ChannelProtocolException($"the run is said to have ended after {stepCount} of the case's {operations.StepCount} steps");
        }

        var steps = new StepObservation[stepCount];
        for (var i = 0; i < steps.Length; i++)
        {
            steps[i] = ReadStep(ref reader, i, operations.BlockSlots);
        }

        var teardown = new TeardownObservation[reader.ReadCount("the teardown count", operations.ZoneSlots, TeardownBytes)];
        for (var i = 0; i < teardown.Length; i++)
        {
            var zoneSlot = reader.ReadInt32InRange("a teardown's zone slot", 0, operations.ZoneSlots - 1);
            var outcome = (StepOutcome)reader.ReadByteInRange("a teardown's outcome", (byte)StepOutcome.Returned, (byte)StepOutcome.Threw);
            var text = reader.ReadString("a teardown's text");
            var damage = reader.ReadBoolean("a teardown's damage flag") ? ReadDamage(ref reader, operations.BlockSlots) : null;
            teardown[i] = new TeardownObservation(zoneSlot, outcome, text, damage);
        }

        var heapErrors = new ObservedHeapError[reader.ReadCount("the heap error count", int.MaxValue, HeapErrorBytes)];
        for (var i = 0; i < heapErrors.Length; i++)
        {
            var step = reader.ReadInt32InRange("a heap error's step", -1, stepCount - 1);
            heapErrors[i] = new ObservedHeapError(step, reader.ReadString("a heap error's detail") ?? throw new ChannelProtocolException("a heap error has no detail"));
        }

        var leaks = new LeakedBlock[reader.ReadCount("the leak count", int.MaxValue, LeakBytes)];
        for (var i = 0; i < leaks.Length; i++)
        {
            leaks[i] = new LeakedBlock(reader.ReadUInt64("a leak's size"), reader.ReadString("a leak's site"));
        }

        var counters = new HeapCounters(
            reader.ReadInt64("the malloc count"),
            reader.ReadInt64("the free count"),
            reader.ReadInt64("the refused-malloc count"),
            reader.ReadInt64("the live block count"),
            reader.ReadUInt64("the live byte count"),
            reader.ReadUInt64("the peak byte count"),
            reader.ReadInt32("the heap error count"));
        reader.ExpectEnd("CaseEnd");
        return new CaseObservation
        {
            Steps = steps,
            Teardown = teardown,
            HeapErrors = heapErrors,
            Leaks = leaks,
            Counters = counters,
            RanToEnd = ranToEnd,
            Fault = fault,
            ConsoleOutput = console,
        };
    }

    // The fixed part of a step is taken apart from one span: a read per field would cost more than the
    // rest of the answer's decoding together.
    private static StepObservation ReadStep(ref FrameReader reader, int index, int blockSlots)
    {
        try
        {
            var record = reader.ReadBytes(StepBytes, "a step");
            var outcome = (StepOutcome)FrameReader.InRange("the outcome", record[0], (byte)StepOutcome.Returned, (byte)StepOutcome.Threw);
            var region = (RegionFinding)FrameReader.InRange("the region finding", record[1], (byte)RegionFinding.NotApplicable, (byte)RegionFinding.Missing);
            var flags = FrameReader.InRange("the flags", record[2], 0, InsideRegionFlag | TextFlag | DamageFlag);
            return new StepObservation
            {
                Outcome = outcome,
                Region = region,
                InsideRegion = (flags & InsideRegionFlag) != 0,
                Value = BinaryPrimitives.ReadInt64LittleEndian(record[3..]),
                HeapErrors = (int)FrameReader.InRange("the heap error count", BinaryPrimitives.ReadInt32LittleEndian(record[11..]), 0, int.MaxValue),
                Text = (flags & TextFlag) != 0 ? reader.ReadString("the text") ?? throw new ChannelProtocolException("the text is flagged but null") : null,
                Damage = (flags & DamageFlag) != 0 ? ReadDamage(ref reader, blockSlots) : null,
            };
        }
        catch (ChannelProtocolException e)
        {
            throw new ChannelProtocolException($"step {index}: {e.Message}");
        }
    }

    private static void WriteDamage(FrameWriter writer, PayloadDamage damage)
    {
        writer.WriteInt32(damage.BlockSlot);
        writer.WriteInt64(damage.BlockOffset);
        writer.WriteInt64(damage.ByteIndex);
        writer.WriteByte(damage.Expected);
        writer.WriteByte(damage.Found);
    }

    private static PayloadDamage ReadDamage(ref FrameReader reader, int blockSlots) => new(
        reader.ReadInt32InRange("a damaged block's slot", CaseStep.NoSlot, blockSlots - 1),
        reader.ReadInt64("a damaged block's offset"),
        reader.ReadInt64("a damaged byte's index"),
        reader.ReadByte("a damaged byte's expected value"),
        reader.ReadByte("a damaged byte's value"));
}
