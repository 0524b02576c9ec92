using System.Buffers;

namespace Autograder.Execution.Channel;

/// <summary>One frame read off the channel, in a pooled buffer: dispose it once it is decoded.</summary>
public sealed class Frame : IDisposable
{
    private byte[]? _buffer;
    private readonly int _length;

    internal Frame(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    /// <summary>The message it carries, from its first byte; not checked to be a known kind.</summary>
    public WorkerMessageKind Kind => (WorkerMessageKind)Body[0];

    /// <summary>The frame's body: the message kind, then the message.</summary>
    public ReadOnlySpan<byte> Body => (_buffer ?? throw new ObjectDisposedException(nameof(Frame))).AsSpan(0, _length);

    /// <summary>Gives the buffer back to the pool.</summary>
    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
