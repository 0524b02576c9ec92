namespace Zones.Heap;

/// <summary>
/// Every address the heap has handed out, live or freed, in an open-addressing table with linear
/// probing. A freed address keeps its slot (marked not live), so telling a double free from a free of
/// an unknown pointer costs nothing extra, and Malloc and Free each cost one probe.
/// </summary>
internal sealed class AddressTable
{
    private struct Slot
    {
        public nint Address; // 0 = empty: malloc never returns 0 for a block it hands out
        public nuint Size;
        public bool IsLive;
    }

    private Slot[] _slots = new Slot[1024];
    private int _used;
    private int _shift = 64 - 10;

    /// <summary>Addresses ever handed out (live and freed).</summary>
    public int Count => _used;

    /// <summary>Marks <paramref name="address"/> live with <paramref name="size"/> bytes.</summary>
    public void MarkLive(nint address, nuint size)
    {
        ref var slot = ref Probe(address);
        if (slot.Address == 0)
        {
            slot.Address = address;
            _used++;
        }

        slot.Size = size;
        slot.IsLive = true;
        if (_used * 2 > _slots.Length)
        {
            Grow();
        }
    }

    /// <summary>
    /// Marks a live address freed. Returns what the address was: live (and its size), freed already,
    /// or never handed out.
    /// </summary>
    public AddressState TryMarkFreed(nint address, out nuint size)
    {
        ref var slot = ref Probe(address);
        size = slot.Size;
        if (slot.Address == 0)
        {
            return AddressState.Unknown;
        }

        if (!slot.IsLive)
        {
            return AddressState.Freed;
        }

        slot.IsLive = false;
        return AddressState.Live;
    }

    /// <summary>Whether <paramref name="address"/> is a live block.</summary>
    public bool IsLive(nint address) => Probe(address) is { Address: not 0, IsLive: true };

    /// <summary>Every live block, in no particular order.</summary>
    public IEnumerable<(nint Address, nuint Size)> LiveEntries()
    {
        var slots = _slots;
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i] is { Address: not 0, IsLive: true } slot)
            {
                yield return (slot.Address, slot.Size);
            }
        }
    }

    private ref Slot Probe(nint address)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        // Fibonacci hashing spreads malloc's 16-byte-aligned addresses over the whole table.
        var index = (int)(((ulong)address * 0x9E3779B97F4A7C15UL) >> _shift);
        while (true)
        {
            ref var slot = ref slots[index];
            if (slot.Address == address || slot.Address == 0)
            {
                return ref slot;
            }

            index = (index + 1) & mask;
        }
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        _shift--;
        foreach (var slot in old)
        {
            if (slot.Address != 0)
            {
                Probe(slot.Address) = slot;
            }
        }
    }
}
