using System.Buffers.Binary;
using Autograder.Cases;

namespace Autograder.Execution.Channel;

/// <summary>
/// The messages between the grader and a worker, in a compact binary form: one frame asks the worker to
/// run a case's operations, one frame answers with every observation. The worker's answers are read as
/// hostile input: every count, slot, step index and enum value is checked against the case that was sent,
/// and anything out of shape is a <see cref="ChannelProtocolException"/>.
/// </summary>
/// <remarks>
/// Layouts, after the kind byte (numbers little-endian; a string is an int32 UTF-8 byte count, -1 for
/// null, then the bytes):
/// Ready: version (u8), load problem (string).
/// Run: record sites (u8 flag), default heap limit (u64), has heap limit (u8 flag), heap limit (u64),
/// zone slots (i32), block slots (i32), step count (i32), then per step: operation (u8), zone (i32),
/// block (i32), block delta (i64), size (u64).
/// CaseEnd: see <see cref="WriteCaseEnd"/>.
/// </remarks>
public static partial class WorkerProtocol
{
    /// <summary>The version both sides must speak; the worker announces it in Ready.</summary>
    public const byte Version = 2;

    private const int StepOperationBytes = 1 + 4 + 4 + 8 + 8;

    /// <summary>Writes Ready: the worker has loaded the submission, or says why it could not.</summary>
    public static void WriteReady(FrameWriter writer, string? loadProblem)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Begin(WorkerMessageKind.Ready);
        writer.WriteByte(Version);
        writer.WriteString(loadProblem);
    }

    /// <summary>Reads Ready: null when the submission loaded, else why it did not.</summary>
    public static string? ReadReady(Frame frame)
    {
        var reader = Open(frame, WorkerMessageKind.Ready);
        var version = reader.ReadByte("the protocol version");
        if (version != Version)
        {
            throw new ChannelProtocolException($"the worker speaks protocol version {version}; this grader speaks {Version}");
        }

        var problem = reader.ReadString("the load problem");
        reader.ExpectEnd("Ready");
        return problem;
    }

    /// <summary>Writes Run: the operations of a case, and how to run them.</summary>
    public static void WriteRun(FrameWriter writer, CaseOperations operations, ExecutionOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(options);
        writer.Begin(WorkerMessageKind.Run);
        writer.WriteBoolean(options.RecordAllocationSites);
        writer.WriteUInt64(options.DefaultHeapLimit);
        writer.WriteBoolean(operations.HeapLimit.HasValue);
        writer.WriteUInt64(operations.HeapLimit ?? 0);
        writer.WriteInt32(operations.ZoneSlots);
        writer.WriteInt32(operations.BlockSlots);
        writer.WriteInt32(operations.StepCount);
        foreach (ref readonly var step in operations.Steps)
        {
            writer.WriteByte((byte)step.Operation);
            writer.WriteInt32(step.Zone);
            writer.WriteInt32(step.Block);
            writer.WriteInt64(step.BlockDelta);
            writer.WriteUInt64(step.Size);
        }
    }

    /// <summary>Reads Run.</summary>
    public static (CaseOperations Operations, ExecutionOptions Options) ReadRun(Frame frame)
    {
        var reader = Open(frame, WorkerMessageKind.Run);
        var options = new ExecutionOptions
        {
            RecordAllocationSites = reader.ReadBoolean("the record-sites flag"),
            DefaultHeapLimit = reader.ReadUInt64("the default heap limit"),
        };
        var hasLimit = reader.ReadBoolean("the has-heap-limit flag");
        var limit = reader.ReadUInt64("the heap limit");
        var zoneSlots = reader.ReadInt32InRange("the zone slot count", 0, int.MaxValue);
        var blockSlots = reader.ReadInt32InRange("the block slot count", 0, int.MaxValue);
        var steps = new StepOperation[reader.ReadCount("the step count", int.MaxValue, StepOperationBytes)];
        for (var i = 0; i < steps.Length; i++)
        {
            var record = reader.ReadBytes(StepOperationBytes, "a step");
            steps[i] = new StepOperation(
                (Operation)record[0],
                BinaryPrimitives.ReadInt32LittleEndian(record[1..]),
                BinaryPrimitives.ReadInt32LittleEndian(record[5..]),
                BinaryPrimitives.ReadInt64LittleEndian(record[9..]),
                BinaryPrimitives.ReadUInt64LittleEndian(record[17..]));
            if (CaseOperations.Problem(steps[i], zoneSlots, blockSlots) is { } problem)
            {
                throw new ChannelProtocolException($"step {i} {problem}");
            }
        }

        reader.ExpectEnd("Run");
        return (CaseOperations.Checked(steps, zoneSlots, blockSlots, hasLimit ? limit : null), options);
    }

    // A frame of the wrong kind is a message out of turn; the caller's Kind check says which.
    private static FrameReader Open(Frame frame, WorkerMessageKind kind)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (frame.Kind != kind)
        {
            throw new ChannelProtocolException($"a {Describe(frame.Kind)} message came where {kind} was expected");
        }

        var reader = new FrameReader(frame.Body);
        reader.ReadByte("the message kind");
        return reader;
    }

    /// <summary>The kind's name, or its number when it is no kind at all.</summary>
    public static string Describe(WorkerMessageKind kind) =>
        Enum.IsDefined(kind) ? kind.ToString() : $"kind-{(byte)kind}";
}
