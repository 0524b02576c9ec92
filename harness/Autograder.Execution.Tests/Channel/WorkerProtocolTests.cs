using Autograder.Cases;
using Autograder.Execution.Channel;

namespace Autograder.Execution.Tests.Channel;

public sealed class WorkerProtocolTests
{
    private static readonly CaseOperations Operations = ProtocolTestCase.Operations;

    [Fact]
    public void A_cases_operations_and_options_arrive_as_they_were_sent()
    {
        var options = new ExecutionOptions { RecordAllocationSites = true, DefaultHeapLimit = 12345 };
        using var frame = Frames.Of(writer => WorkerProtocol.WriteRun(writer, Operations, options));

        var (operations, received) = WorkerProtocol.ReadRun(frame);

        Assert.Equal(Operations.Steps.ToArray(), operations.Steps.ToArray());
        Assert.Equal((1, 2, (ulong?)4096), (operations.ZoneSlots, operations.BlockSlots, operations.HeapLimit));
        Assert.Equal(options, received);
    }

    [Fact]
    public void A_case_without_a_heap_limit_arrives_without_one()
    {
        var unlimited = new CaseOperations(Operations.Steps.ToArray(), 1, 2, heapLimit: null);
        using var frame = Frames.Of(writer => WorkerProtocol.WriteRun(writer, unlimited, ExecutionOptions.Default));

        Assert.Null(WorkerProtocol.ReadRun(frame).Operations.HeapLimit);
    }

    [Fact]
    public void An_observation_arrives_with_every_detail_it_was_sent_with()
    {
        var sent = ProtocolTestCase.Observation;
        using var frame = Frames.Of(writer => WorkerProtocol.WriteCaseEnd(writer, sent));

        var received = WorkerProtocol.ReadCaseEnd(frame, Operations);

        Assert.Equal(sent.Steps, received.Steps);
        Assert.Equal(sent.Teardown, received.Teardown);
        Assert.Equal(sent.HeapErrors, received.HeapErrors);
        Assert.Equal(sent.Leaks, received.Leaks);
        Assert.Equal((sent.Counters, sent.RanToEnd, sent.Fault, sent.ConsoleOutput), (received.Counters, received.RanToEnd, received.Fault, received.ConsoleOutput));
    }

    [Fact]
    public void A_run_that_stopped_early_arrives_with_its_fault_and_the_steps_it_ran()
    {
        var sent = new CaseObservation { Steps = [new StepObservation { Outcome = StepOutcome.ReturnedNull }], Fault = "the constructor threw" };
        using var frame = Frames.Of(writer => WorkerProtocol.WriteCaseEnd(writer, sent));

        var received = WorkerProtocol.ReadCaseEnd(frame, Operations);

        Assert.Equal((false, "the constructor threw", 1), (received.RanToEnd, received.Fault, received.Steps.Count));
    }

    [Fact]
    public void Every_truncation_of_an_answer_is_a_protocol_error()
    {
        Action<FrameWriter> write = writer => WorkerProtocol.WriteCaseEnd(writer, ProtocolTestCase.Observation);
        var length = Frames.BodyLength(write);

        for (var cut = 1; cut < length; cut++)
        {
            using var frame = Frames.Truncated(write, cut);
            var error = Assert.Throws<ChannelProtocolException>(() => WorkerProtocol.ReadCaseEnd(frame, Operations));
            Assert.Matches("the frame ends in the middle of|bytes left in the frame cannot hold", error.Message);
        }
    }

    [Fact]
    public void Every_truncation_of_a_request_is_a_protocol_error()
    {
        Action<FrameWriter> write = writer => WorkerProtocol.WriteRun(writer, Operations, ExecutionOptions.Default);
        var length = Frames.BodyLength(write);

        for (var cut = 1; cut < length; cut++)
        {
            using var frame = Frames.Truncated(write, cut);
            Assert.Throws<ChannelProtocolException>(() => WorkerProtocol.ReadRun(frame));
        }
    }

    [Theory]
    [InlineData(5, "the step count is 5; it must lie between 0 and 4")]
    [InlineData(-1, "the step count is -1")]
    [InlineData(3, "the run is said to have ended after 3 of the case's 4 steps")]
    public void An_answer_with_a_step_count_the_case_does_not_have_is_rejected(int steps, string message)
    {
        var error = Reject(new ForgedCaseEnd { StepCount = steps });

        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_larger_than_the_frame_can_hold_is_rejected_before_anything_is_allocated_for_it()
    {
        var error = Reject(new ForgedCaseEnd { HeapErrorCount = int.MaxValue });

        Assert.Matches("^the heap error count is 2147483647, but the [0-9]+ bytes left in the frame cannot hold that many$", error);
    }

    [Theory]
    [InlineData(2, "the teardown count is 2; it must lie between 0 and 1")]
    [InlineData(-5, "the teardown count is -5")]
    public void A_teardown_of_more_zones_than_the_case_has_is_rejected(int teardowns, string message)
    {
        Assert.StartsWith(message, Reject(new ForgedCaseEnd { TeardownCount = teardowns }), StringComparison.Ordinal);
    }

    [Fact]
    public void Several_leaks_announced_where_none_follow_are_rejected()
    {
        Assert.StartsWith("the leak count is 5, but the 52 bytes left", Reject(new ForgedCaseEnd { LeakCount = 5 }), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("outcome", "step 0: the outcome is 4, out of range (0 to 3)")]
    [InlineData("region", "step 0: the region finding is 9, out of range (0 to 3)")]
    [InlineData("flags", "step 0: the flags is 8, out of range (0 to 7)")]
    [InlineData("ranToEnd", "the ran-to-end flag is 2, not a flag (0 or 1)")]
    [InlineData("teardownOutcome", "a teardown's outcome is 200, out of range (0 to 3)")]
    public void An_enum_value_that_does_not_exist_is_rejected(string field, string message)
    {
        var forged = field switch
        {
            "outcome" => new ForgedCaseEnd { Outcome = 4 },
            "region" => new ForgedCaseEnd { Region = 9 },
            "flags" => new ForgedCaseEnd { Flags = 8 },
            "ranToEnd" => new ForgedCaseEnd { RanToEnd = 2 },
            _ => new ForgedCaseEnd { TeardownOutcome = 200 },
        };

        Assert.Equal(message, Reject(forged));
    }

    [Theory]
    [InlineData("teardownZone", "a teardown's zone slot is 1, out of range (0 to 0)")]
    [InlineData("damagedBlock", "step 0: a damaged block's slot is 2, out of range (-1 to 1)")]
    [InlineData("heapErrorStep", "a heap error's step is 4, out of range (-1 to 3)")]
    [InlineData("stepHeapErrors", "step 0: the heap error count is -3, out of range (0 to 2147483647)")]
    public void A_slot_or_step_the_case_does_not_have_is_rejected(string field, string message)
    {
        var forged = field switch
        {
            "teardownZone" => new ForgedCaseEnd { TeardownZoneSlot = 1 },
            "damagedBlock" => new ForgedCaseEnd { Flags = 4, DamagedBlockSlot = 2 },
            "heapErrorStep" => new ForgedCaseEnd { HeapErrorStep = 4 },
            _ => new ForgedCaseEnd { StepHeapErrors = -3 },
        };

        Assert.Equal(message, Reject(forged));
    }

    [Fact]
    public void Bytes_after_the_end_of_an_answer_are_rejected()
    {
        Assert.Equal("2 bytes follow the end of the CaseEnd message", Reject(new ForgedCaseEnd { Trailing = [0, 0] }));
    }

    [Fact]
    public void The_forged_answer_with_nothing_forged_is_accepted()
    {
        using var frame = Frames.Of(new ForgedCaseEnd().Write);

        Assert.Equal(Operations.StepCount, WorkerProtocol.ReadCaseEnd(frame, Operations).Steps.Count);
    }

    [Fact]
    public void A_message_of_another_kind_where_an_answer_is_expected_is_rejected()
    {
        using var ready = Frames.Of(writer => WorkerProtocol.WriteReady(writer, null));
        using var unknown = Frames.Of(writer => writer.Begin((WorkerMessageKind)0x7F));

        Assert.Equal("a Ready message came where CaseEnd was expected", Assert.Throws<ChannelProtocolException>(() => WorkerProtocol.ReadCaseEnd(ready, Operations)).Message);
        Assert.Equal("a kind-127 message came where CaseEnd was expected", Assert.Throws<ChannelProtocolException>(() => WorkerProtocol.ReadCaseEnd(unknown, Operations)).Message);
    }

    [Fact]
    public void A_worker_speaking_another_protocol_version_is_told_apart()
    {
        using var frame = Frames.Of(writer =>
        {
            writer.Begin(WorkerMessageKind.Ready);
            writer.WriteByte(1);
            writer.WriteString(null);
        });

        var error = Assert.Throws<ChannelProtocolException>(() => WorkerProtocol.ReadReady(frame));

        Assert.Equal($"the worker speaks protocol version 1; this grader speaks {WorkerProtocol.Version}", error.Message);
    }

    [Fact]
    public void A_load_problem_arrives_with_the_ready_message()
    {
        using var loaded = Frames.Of(writer => WorkerProtocol.WriteReady(writer, null));
        using var failed = Frames.Of(writer => WorkerProtocol.WriteReady(writer, "No class implements Zones.IZoneAllocator."));

        Assert.Null(WorkerProtocol.ReadReady(loaded));
        Assert.Equal("No class implements Zones.IZoneAllocator.", WorkerProtocol.ReadReady(failed));
    }

    [Theory]
    [InlineData(9, 0, "step 1 has operation 9, which does not exist")]
    [InlineData(1, 3, "step 1 uses zone slot 3 of 1")]
    [InlineData(0, -1, "step 1 uses zone slot -1 of 1")]
    public void A_request_with_an_operation_or_slot_the_case_does_not_have_is_rejected(byte operation, int zone, string message)
    {
        using var frame = Frames.Of(writer =>
        {
            WorkerProtocol.WriteRun(writer, new CaseOperations([Operations.Steps[0]], 1, 0, null), ExecutionOptions.Default);
            writer.WriteByte(operation);
            writer.WriteInt32(zone);
            writer.WriteInt32(CaseStep.NoSlot);
            writer.WriteInt64(0);
            writer.WriteUInt64(8);
        });
        var bytes = frame.Body.ToArray();
        bytes[1 + 1 + 8 + 1 + 8 + 4 + 4] = 2; // the step count: two steps now

        var error = Assert.Throws<ChannelProtocolException>(() => WorkerProtocol.ReadRun(Frames.ReadOne([.. BitConverter.GetBytes(bytes.Length), .. bytes])));

        Assert.Equal(message, error.Message);
    }

    private static string Reject(ForgedCaseEnd forged)
    {
        using var frame = Frames.Of(forged.Write);
        return Assert.Throws<ChannelProtocolException>(() => WorkerProtocol.ReadCaseEnd(frame, Operations)).Message;
    }
}
