using Zones;

namespace Autograder.Benchmarks;

/// <summary>
/// A zone laid out so that first fit has to search: <c>liveBlocks</c> live blocks of 8 to 64 bytes, each
/// pair separated by a free hole of <see cref="HoleBytes"/> (too short for <see cref="RequestBytes"/>),
/// then one free run at the end. A request of <see cref="RequestBytes"/> must skip every block and
/// every hole to land at <see cref="TailAddress"/>: the worst case for a linear scan, and the same work
/// for every allocator, since first fit fixes where the block goes.
/// </summary>
public sealed class FragmentedZone
{
    /// <summary>The size of every measured request; its footprint does not fit in a hole.</summary>
    public const nuint RequestBytes = 16;

    /// <summary>The free gap between two neighbouring blocks.</summary>
    public const nuint HoleBytes = 8;

    /// <summary>The free run after the last block: room for the request, and a remainder.</summary>
    public const nuint TailBytes = 256;

    private const nuint Alignment = 8;

    private FragmentedZone(nint handle, nint tailAddress)
    {
        Handle = handle;
        TailAddress = tailAddress;
    }

    /// <summary>The zone's handle.</summary>
    public nint Handle { get; }

    /// <summary>Where first fit must place a request of <see cref="RequestBytes"/>.</summary>
    public nint TailAddress { get; }

    /// <summary>
    /// Builds the zone in <paramref name="allocator"/> with only the public operations, in O(1) scan
    /// length per operation even for a linear allocator, and checks that every block and the measured
    /// request land where first fit says.
    /// </summary>
    public static FragmentedZone Build(IZoneAllocator allocator, int liveBlocks, int seed = 20_241_122)
    {
        ArgumentNullException.ThrowIfNull(allocator);
        ArgumentOutOfRangeException.ThrowIfLessThan(liveBlocks, 2);

        var random = new Random(seed);
        var sizes = new nuint[liveBlocks];
        var offsets = new nuint[liveBlocks];
        nuint end = 0;
        for (var k = 0; k < liveBlocks; k++)
        {
            sizes[k] = (nuint)random.Next(8, 65);
            offsets[k] = k == 0 ? 0 : end + HoleBytes;
            end = offsets[k] + Footprint(sizes[k]);
        }

        var zone = allocator.CreateZone(end + TailBytes);
        if (zone == 0)
        {
            throw new InvalidOperationException($"The heap refused a zone of {end + TailBytes} bytes.");
        }

        // Built from the back: a placeholder block covers everything below block k, so block k is the
        // first fit right after it and the hole above block k stays free. Freeing the placeholder and
        // taking a shorter one keeps every first-fit scan and every free a step or two from the head,
        // so that even a linked list builds the zone in linear time.
        var addresses = new nint[liveBlocks];
        var placeholder = Take(allocator, zone, offsets[liveBlocks - 1]);
        addresses[liveBlocks - 1] = Take(allocator, zone, sizes[liveBlocks - 1]);
        for (var k = liveBlocks - 2; k >= 1; k--)
        {
            allocator.Zfree(zone, placeholder);
            placeholder = Take(allocator, zone, offsets[k]);
            addresses[k] = Take(allocator, zone, sizes[k]);
        }

        allocator.Zfree(zone, placeholder);
        addresses[0] = Take(allocator, zone, sizes[0]);

        for (var k = 0; k < liveBlocks; k++)
        {
            if ((nuint)(addresses[k] - addresses[0]) != offsets[k])
            {
                throw new InvalidOperationException(
                    $"Block {k} landed at offset {addresses[k] - addresses[0]}, not at {offsets[k]}: the allocator is not first fit.");
            }
        }

        var tail = addresses[0] + (nint)end;
        var probe = Take(allocator, zone, RequestBytes);
        if (probe != tail)
        {
            throw new InvalidOperationException(
                $"The request landed at offset {probe - addresses[0]}, not at the tail (offset {end}).");
        }

        allocator.Zfree(zone, probe);
        return new FragmentedZone(zone, tail);
    }

    private static nint Take(IZoneAllocator allocator, nint zone, nuint bytes)
    {
        var block = allocator.Zalloc(zone, bytes);
        return block != 0 ? block : throw new InvalidOperationException($"Zalloc of {bytes} bytes failed while building the zone.");
    }

    private static nuint Footprint(nuint bytes) => (bytes + Alignment - 1) & ~(Alignment - 1);
}
