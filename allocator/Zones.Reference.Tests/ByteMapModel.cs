namespace Zones.Reference.Tests;

/// <summary>
/// The zone specification at its most naive: a bool per byte of the region, and first fit as a scan of
/// every aligned offset. Slow and obviously right, so the reference can be compared with it.
/// </summary>
internal sealed class ByteMapModel
{
    private readonly bool[] _used;
    private readonly int _alignment;
    private readonly SortedDictionary<int, int> _blocks = [];

    public ByteMapModel(int size, int alignment)
    {
        _used = new bool[size];
        _alignment = alignment;
    }

    public IReadOnlyCollection<int> BlockOffsets => _blocks.Keys;

    public int? Alloc(int bytes)
    {
        var footprint = (bytes + _alignment - 1) / _alignment * _alignment;
        for (var offset = 0; offset + footprint <= _used.Length; offset += _alignment)
        {
            if (Array.IndexOf(_used, true, offset, footprint) < 0)
            {
                Array.Fill(_used, true, offset, footprint);
                _blocks.Add(offset, bytes);
                return offset;
            }
        }

        return null;
    }

    public int Free(int offset)
    {
        var bytes = _blocks[offset];
        var footprint = (bytes + _alignment - 1) / _alignment * _alignment;
        Array.Fill(_used, false, offset, footprint);
        _blocks.Remove(offset);
        return bytes;
    }

    public int SizeOf(int offset) => _blocks[offset];

    /// <summary>The canonical dump this byte map implies.</summary>
    public string Dump()
    {
        var segments = new List<ZoneSegment>();
        var offset = 0;
        while (offset < _used.Length)
        {
            if (_blocks.TryGetValue(offset, out var bytes))
            {
                var footprint = (bytes + _alignment - 1) / _alignment * _alignment;
                segments.Add(ZoneSegment.Block((nuint)offset, (nuint)bytes, (nuint)footprint));
                offset += footprint;
                continue;
            }

            var end = Array.IndexOf(_used, true, offset);
            end = end < 0 ? _used.Length : end;
            segments.Add(ZoneSegment.Free((nuint)offset, (nuint)(end - offset)));
            offset = end;
        }

        return new ZoneLayout((nuint)_used.Length, segments).ToString();
    }
}
