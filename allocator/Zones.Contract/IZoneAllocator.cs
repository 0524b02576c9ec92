namespace Zones;

/// <summary>
/// The zone allocator you implement. A zone is a region of exactly the requested number of bytes,
/// taken from an <see cref="INativeHeap"/>; blocks are placed inside it first fit. Handles are native
/// addresses, as <c>zone_t *</c> and <c>void *</c> are in the C version of the assignment.
/// </summary>
/// <remarks>
/// Your class must be public, not abstract, implement this interface, and have a public constructor
/// that takes an <see cref="INativeHeap"/>: all the native memory you use comes from that heap, from at
/// most three <see cref="INativeHeap.Malloc"/> call sites (the zone record, the region, a block node).
/// A broken precondition throws <see cref="ZoneContractException"/> and leaves every zone as it was.
/// </remarks>
public interface IZoneAllocator
{
    /// <summary>
    /// <c>create_zone</c>: takes a zone record and a region of exactly <paramref name="bytes"/> bytes
    /// from the heap.
    /// </summary>
    /// <param name="bytes">The region's size; must be greater than 0.</param>
    /// <returns>The zone's handle, or 0 when the heap refuses (nothing is kept from it then).</returns>
    /// <exception cref="ZoneContractException"><paramref name="bytes"/> is 0.</exception>
    nint CreateZone(nuint bytes);

    /// <summary>
    /// <c>zalloc</c>: places a block of <paramref name="bytes"/> bytes, rounded up to the alignment
    /// (8), at the lowest aligned offset of the region where a free run at least that long begins.
    /// </summary>
    /// <returns>The block's address, or 0 when no free run is long enough (the zone is unchanged).</returns>
    /// <exception cref="ZoneContractException"><paramref name="zone"/> is not a live zone, or
    /// <paramref name="bytes"/> is 0.</exception>
    nint Zalloc(nint zone, nuint bytes);

    /// <summary>
    /// <c>zfree</c>: the block's bytes become free and join the free runs on either side.
    /// </summary>
    /// <exception cref="ZoneContractException"><paramref name="block"/> is not the start of a live block
    /// of <paramref name="zone"/>: already freed, inside a block, from another zone, or never allocated.</exception>
    void Zfree(nint zone, nint block);

    /// <summary><c>block_size</c>: the size the block was allocated with (not rounded up).</summary>
    /// <exception cref="ZoneContractException"><paramref name="block"/> is not the start of a live block
    /// of <paramref name="zone"/>.</exception>
    nuint BlockSize(nint zone, nint block);

    /// <summary><c>zone_size</c>: the size the zone was created with.</summary>
    /// <exception cref="ZoneContractException"><paramref name="zone"/> is not a live zone.</exception>
    nuint ZoneSize(nint zone);

    /// <summary>
    /// <c>destroy_zone</c>: gives back to the heap everything the zone took, live blocks or not. Every
    /// handle into the zone is dead afterwards.
    /// </summary>
    /// <exception cref="ZoneContractException"><paramref name="zone"/> is not a live zone.</exception>
    void DestroyZone(nint zone);

    /// <summary>
    /// <c>zdump</c>: writes one header line, then one line per block and per free run in address order,
    /// in the canonical format the README documents.
    /// </summary>
    /// <exception cref="ZoneContractException"><paramref name="zone"/> is not a live zone.</exception>
    void Zdump(nint zone, TextWriter output);
}
