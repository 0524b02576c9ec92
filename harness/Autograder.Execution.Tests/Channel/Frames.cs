using Autograder.Execution.Channel;

namespace Autograder.Execution.Tests.Channel;

/// <summary>Frames as the other end of the channel would read them: written to memory, read back.</summary>
internal static class Frames
{
    public static Frame Of(Action<FrameWriter> write)
    {
        using var writer = new FrameWriter();
        write(writer);
        using var buffer = new MemoryStream();
        new FrameChannel(Stream.Null, buffer).Write(writer);
        return ReadOne(buffer.ToArray());
    }

    /// <summary>The frame <paramref name="write"/> makes, cut to its first <paramref name="bodyBytes"/> bytes of body.</summary>
    public static Frame Truncated(Action<FrameWriter> write, int bodyBytes)
    {
        using var whole = Of(write);
        var body = whole.Body[..bodyBytes].ToArray();
        var bytes = new byte[4 + body.Length];
        BitConverter.TryWriteBytes(bytes, body.Length);
        body.CopyTo(bytes, 4);
        return ReadOne(bytes);
    }

    public static int BodyLength(Action<FrameWriter> write)
    {
        using var frame = Of(write);
        return frame.Body.Length;
    }

    public static Frame ReadOne(byte[] bytes) => new FrameChannel(new MemoryStream(bytes), Stream.Null).Read()!;
}
