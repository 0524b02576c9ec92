using System.Buffers;
using System.Buffers.Binary;

namespace Autograder.Execution.Channel;

/// <summary>
/// Messages as frames: a 4-byte little-endian length, then that many bytes of body (see
/// <see cref="WorkerProtocol"/>). The grader reads what an untrusted worker wrote, so a frame is bounded,
/// its buffer grows only as its bytes actually arrive (a forged length costs nothing), and a malformed
/// one is a <see cref="ChannelProtocolException"/>, never a crash.
/// </summary>
public sealed class FrameChannel(Stream input, Stream output)
{
    /// <summary>The largest frame either side accepts.</summary>
    public const int MaxFrameBytes = 256 << 20;

    private const int FirstReadBytes = 64 << 10;

    private readonly byte[] _header = new byte[FrameWriter.HeaderBytes];

    /// <summary>Writes the frame <paramref name="frame"/> holds and flushes it.</summary>
    public void Write(FrameWriter frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        output.Write(frame.Frame);
        output.Flush();
    }

    /// <summary>Reads one frame, or null when the other end closed the channel between frames.</summary>
    public Frame? Read()
    {
        if (!ReadExactly(_header, allowEnd: true))
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(_header);
        if (length is <= 0 or > MaxFrameBytes)
        {
            throw new ChannelProtocolException($"a frame of {length} bytes is announced; frames hold 1 to {MaxFrameBytes} bytes");
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(length, FirstReadBytes));
        var read = 0;
        try
        {
            while (read < length)
            {
                if (read == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * buffer.Length, length));
                    buffer.AsSpan(0, read).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var n = input.Read(buffer, read, Math.Min(buffer.Length, length) - read);
                if (n == 0)
                {
                    throw new ChannelProtocolException($"the channel closed in the middle of a frame ({read} of {length} bytes)");
                }

                read += n;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        return new Frame(buffer, length);
    }

    private bool ReadExactly(byte[] buffer, bool allowEnd)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = input.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                if (allowEnd && read == 0)
                {
                    return false;
                }

                throw new ChannelProtocolException($"the channel closed in the middle of a frame ({read} of {buffer.Length} bytes)");
            }

            read += n;
        }

        return true;
    }
}
