using Autograder.Execution.Channel;

namespace Autograder.Execution.Tests.Channel;

public sealed class FrameChannelTests
{
    [Theory]
    [InlineData(new byte[] { 0, 0, 0, 0 }, "a frame of 0 bytes is announced")]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF }, "a frame of -1 bytes is announced")]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0x7F, (byte)'{' }, "a frame of 2147483647 bytes is announced")]
    public void A_frame_announcing_an_impossible_length_is_a_protocol_error(byte[] bytes, string message)
    {
        var channel = new FrameChannel(new MemoryStream(bytes), Stream.Null);

        var error = Assert.Throws<ChannelProtocolException>(() => channel.Read());

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_frame_cut_short_by_the_other_end_closing_is_a_protocol_error_however_long_it_claimed_to_be()
    {
        // 200 MiB announced, three bytes sent: the reader must not wait for or set aside the rest.
        var channel = new FrameChannel(new MemoryStream([0, 0, 0, 0x0C, 3, 1, 2]), Stream.Null);

        var error = Assert.Throws<ChannelProtocolException>(() => channel.Read());

        Assert.Equal("the channel closed in the middle of a frame (3 of 201326592 bytes)", error.Message);
    }

    [Fact]
    public void A_header_cut_short_is_a_protocol_error()
    {
        var channel = new FrameChannel(new MemoryStream([5, 0]), Stream.Null);

        Assert.Equal("the channel closed in the middle of a frame (2 of 4 bytes)", Assert.Throws<ChannelProtocolException>(() => channel.Read()).Message);
    }

    [Fact]
    public void The_other_end_closing_between_frames_is_the_end_of_the_channel()
    {
        using var buffer = new MemoryStream();
        using var writer = new FrameWriter();
        WorkerProtocol.WriteReady(writer, null);
        new FrameChannel(Stream.Null, buffer).Write(writer);
        var channel = new FrameChannel(new MemoryStream(buffer.ToArray()), Stream.Null);

        using var first = channel.Read();

        Assert.Equal(WorkerMessageKind.Ready, first?.Kind);
        Assert.Null(channel.Read());
    }

    [Fact]
    public void A_frame_larger_than_the_first_read_buffer_arrives_whole()
    {
        var operations = new CaseOperations(Enumerable.Repeat(ProtocolTestCase.Operations.Steps[1], 20_000).Prepend(ProtocolTestCase.Operations.Steps[0]).ToArray(), 1, 2, null);

        using var frame = Frames.Of(writer => WorkerProtocol.WriteRun(writer, operations, ExecutionOptions.Default));

        Assert.Equal(operations.Steps.ToArray(), WorkerProtocol.ReadRun(frame).Operations.Steps.ToArray());
    }
}
