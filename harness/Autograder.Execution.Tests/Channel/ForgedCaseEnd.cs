using Autograder.Execution.Channel;

namespace Autograder.Execution.Tests.Channel;

/// <summary>
/// A CaseEnd message written field by field, valid by default for <see cref="ProtocolTestCase"/>, so that a
/// test can forge exactly one field.
/// </summary>
internal sealed record ForgedCaseEnd
{
    public byte RanToEnd { get; init; } = 1;

    public int StepCount { get; init; } = ProtocolTestCase.Operations.StepCount;

    public byte Outcome { get; init; }

    public byte Region { get; init; }

    public byte Flags { get; init; }

    public int StepHeapErrors { get; init; }

    public int DamagedBlockSlot { get; init; }

    public int TeardownCount { get; init; } = 1;

    public int TeardownZoneSlot { get; init; }

    public byte TeardownOutcome { get; init; }

    public int HeapErrorCount { get; init; } = 1;

    public int HeapErrorStep { get; init; } = -1;

    public int LeakCount { get; init; }

    public byte[] Trailing { get; init; } = [];

    public void Write(FrameWriter writer)
    {
        writer.Begin(WorkerMessageKind.CaseEnd);
        writer.WriteByte(RanToEnd);
        writer.WriteString(null);
        writer.WriteString("console");
        writer.WriteInt32(StepCount);
        for (var i = 0; i < Math.Min(StepCount, ProtocolTestCase.Operations.StepCount); i++)
        {
            writer.WriteByte(Outcome);
            writer.WriteByte(Region);
            writer.WriteByte(Flags);
            writer.WriteInt64(0);
            writer.WriteInt32(StepHeapErrors);
            if ((Flags & 2) != 0)
            {
                writer.WriteString("text");
            }

            if ((Flags & 4) != 0)
            {
                WriteDamage(writer);
            }
        }

        writer.WriteInt32(TeardownCount);
        for (var i = 0; i < Math.Min(TeardownCount, 1); i++)
        {
            writer.WriteInt32(TeardownZoneSlot);
            writer.WriteByte(TeardownOutcome);
            writer.WriteString(null);
            writer.WriteBoolean(false);
        }

        writer.WriteInt32(HeapErrorCount);
        for (var i = 0; i < Math.Min(HeapErrorCount, 1); i++)
        {
            writer.WriteInt32(HeapErrorStep);
            writer.WriteString("double free");
        }

        writer.WriteInt32(LeakCount);
        for (var i = 0; i < 7; i++)
        {
            if (i == 6)
            {
                writer.WriteInt32(0);
            }
            else
            {
                writer.WriteInt64(0);
            }
        }

        foreach (var b in Trailing)
        {
            writer.WriteByte(b);
        }
    }

    private void WriteDamage(FrameWriter writer)
    {
        writer.WriteInt32(DamagedBlockSlot);
        writer.WriteInt64(0);
        writer.WriteInt64(3);
        writer.WriteByte(0x5A);
        writer.WriteByte(0);
    }
}
