using System.Buffers.Binary;
using System.Text;

namespace Autograder.Execution.Channel;

/// <summary>
/// Reads a frame's body as <see cref="FrameWriter"/> wrote it, and trusts nothing in it: reading past the
/// end, a count the remaining bytes cannot hold, or a value out of range is a
/// <see cref="ChannelProtocolException"/> naming what was being read, never a crash or a huge allocation.
/// </summary>
public ref struct FrameReader(ReadOnlySpan<byte> body)
{
    private readonly ReadOnlySpan<byte> _body = body;
    private int _position;

    /// <summary>The bytes not read yet.</summary>
    public readonly int Remaining => _body.Length - _position;

    /// <summary>Reads one byte.</summary>
    public byte ReadByte(string what) => Take(1, what)[0];

    /// <summary>Reads a flag written as 0 or 1; any other byte is a protocol error.</summary>
    public bool ReadBoolean(string what) => ReadByte(what) switch
    {
        0 => false,
        1 => true,
        var other => throw new ChannelProtocolException($"{what} is {other}, not a flag (0 or 1)"),
    };

    /// <summary>Reads a byte that must lie in [<paramref name="lowest"/>, <paramref name="highest"/>]: an enum's value.</summary>
    public byte ReadByteInRange(string what, byte lowest, byte highest) => (byte)InRange(what, ReadByte(what), lowest, highest);

    /// <summary>Reads <paramref name="count"/> bytes at once: a fixed-size record to take apart.</summary>
    public ReadOnlySpan<byte> ReadBytes(int count, string what) => Take(count, what);

    /// <summary><paramref name="value"/> when it lies in [<paramref name="lowest"/>, <paramref name="highest"/>]; else a protocol error naming <paramref name="what"/>.</summary>
    public static long InRange(string what, long value, long lowest, long highest) =>
        value >= lowest && value <= highest
            ? value
            : throw new ChannelProtocolException($"{what} is {value}, out of range ({lowest} to {highest})");

    /// <summary>Reads a 32-bit integer.</summary>
    public int ReadInt32(string what) => BinaryPrimitives.ReadInt32LittleEndian(Take(4, what));

    /// <summary>Reads a 32-bit integer that must lie in [<paramref name="lowest"/>, <paramref name="highest"/>].</summary>
    public int ReadInt32InRange(string what, int lowest, int highest) => (int)InRange(what, ReadInt32(what), lowest, highest);

    /// <summary>
    /// Reads how many items follow, each at least <paramref name="minimumItemBytes"/> long: a count the rest
    /// of the frame cannot hold, or one above <paramref name="most"/>, is a protocol error.
    /// </summary>
    public int ReadCount(string what, int most, int minimumItemBytes)
    {
        var count = ReadInt32(what);
        if (count < 0 || count > most)
        {
            throw new ChannelProtocolException($"{what} is {count}; it must lie between 0 and {most}");
        }

        if ((long)count * minimumItemBytes > Remaining)
        {
            throw new ChannelProtocolException($"{what} is {count}, but the {Remaining} bytes left in the frame cannot hold that many");
        }

        return count;
    }

    /// <summary>Reads a 64-bit integer.</summary>
    public long ReadInt64(string what) => BinaryPrimitives.ReadInt64LittleEndian(Take(8, what));

    /// <summary>Reads an unsigned 64-bit integer.</summary>
    public ulong ReadUInt64(string what) => BinaryPrimitives.ReadUInt64LittleEndian(Take(8, what));

    /// <summary>Reads a string written by <see cref="FrameWriter.WriteString"/>; bytes that are not UTF-8 become U+FFFD.</summary>
    public string? ReadString(string what)
    {
        var length = ReadInt32(what);
        if (length == -1)
        {
            return null;
        }

        if (length < -1)
        {
            throw new ChannelProtocolException($"{what} has length {length}");
        }

        return Encoding.UTF8.GetString(Take(length, what));
    }

    /// <summary>Checks that nothing follows the message.</summary>
    public readonly void ExpectEnd(string message)
    {
        if (Remaining != 0)
        {
            throw new ChannelProtocolException($"{Remaining} bytes follow the end of the {message} message");
        }
    }

    private ReadOnlySpan<byte> Take(int count, string what)
    {
        if (count > Remaining)
        {
            throw new ChannelProtocolException(
                $"the frame ends in the middle of {what} ({count} bytes needed at byte {_position}, {Remaining} left)");
        }

        var span = _body.Slice(_position, count);
        _position += count;
        return span;
    }
}
