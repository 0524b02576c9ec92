using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Autograder.Execution.Channel;

/// <summary>
/// Builds one frame at a time in a pooled buffer that is kept and reused, so that sending a message
/// allocates nothing once the buffer has grown to the largest message. Numbers are little-endian and of
/// fixed width; a string is its UTF-8 byte count (-1 for null) and its bytes.
/// </summary>
public sealed class FrameWriter : IDisposable
{
    /// <summary>The bytes before the body: its length.</summary>
    internal const int HeaderBytes = 4;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(4096);
    private int _length = HeaderBytes;

    /// <summary>The frame written so far: the length header, then the body.</summary>
    internal ReadOnlySpan<byte> Frame
    {
        get
        {
            BinaryPrimitives.WriteInt32LittleEndian(_buffer, _length - HeaderBytes);
            return _buffer.AsSpan(0, _length);
        }
    }

    /// <summary>Starts a new frame holding a message of <paramref name="kind"/>.</summary>
    public void Begin(WorkerMessageKind kind)
    {
        _length = HeaderBytes;
        WriteByte((byte)kind);
    }

    /// <summary>Appends one byte.</summary>
    public void WriteByte(byte value) => Take(1)[0] = value;

    /// <summary>Appends a flag as one byte: 1 or 0.</summary>
    public void WriteBoolean(bool value) => WriteByte(value ? (byte)1 : (byte)0);

    /// <summary>Appends a 32-bit integer.</summary>
    public void WriteInt32(int value) => BinaryPrimitives.WriteInt32LittleEndian(Take(4), value);

    /// <summary>Appends a 64-bit integer.</summary>
    public void WriteInt64(long value) => BinaryPrimitives.WriteInt64LittleEndian(Take(8), value);

    /// <summary>Appends an unsigned 64-bit integer.</summary>
    public void WriteUInt64(ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(Take(8), value);

    /// <summary>Appends a string: its UTF-8 byte count, or -1 for null, then its bytes.</summary>
    public void WriteString(string? value)
    {
        if (value is null)
        {
            WriteInt32(-1);
            return;
        }

        var count = Encoding.UTF8.GetByteCount(value);
        WriteInt32(count);
        Encoding.UTF8.GetBytes(value, Take(count));
    }

    /// <summary>Gives the buffer back to the pool.</summary>
    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _length = 0;
    }

    private Span<byte> Take(int count)
    {
        if (_buffer.Length - _length < count)
        {
            Grow(count);
        }

        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }

    private void Grow(int count)
    {
        var needed = (long)_length + count;
        if (needed - HeaderBytes > FrameChannel.MaxFrameBytes)
        {
            throw new InvalidOperationException($"a message of more than {FrameChannel.MaxFrameBytes} bytes cannot be sent");
        }

        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(needed, 2L * _buffer.Length), FrameChannel.MaxFrameBytes + HeaderBytes));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
