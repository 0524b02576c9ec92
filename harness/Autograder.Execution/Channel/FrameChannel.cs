using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Autograder.Execution.Channel;

/// <summary>
/// Messages as frames: a 4-byte little-endian length, then that many bytes of UTF-8 JSON. The grader
/// reads what an untrusted worker wrote, so every frame is bounded and every malformed one is a
/// <see cref="ChannelProtocolException"/>, never a crash.
/// </summary>
public sealed class FrameChannel(Stream input, Stream output)
{
    /// <summary>The largest frame either side accepts.</summary>
    public const int MaxFrameBytes = 256 << 20;

    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly byte[] _header = new byte[4];

    /// <summary>Writes one message and flushes it.</summary>
    public void Write(WorkerMessage message)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message, Json);
        BinaryPrimitives.WriteInt32LittleEndian(_header, body.Length);
        output.Write(_header);
        output.Write(body);
        output.Flush();
    }

    /// <summary>Reads one message, or null when the other end closed the channel between messages.</summary>
    public WorkerMessage? Read()
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

        var body = new byte[length];
        ReadExactly(body, allowEnd: false);
        try
        {
            return JsonSerializer.Deserialize<WorkerMessage>(body, Json)
                ?? throw new ChannelProtocolException("a frame holds null instead of a message");
        }
        catch (JsonException e)
        {
            throw new ChannelProtocolException($"a frame is not a valid message: {e.Message}");
        }
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
