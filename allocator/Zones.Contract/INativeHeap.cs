namespace Zones;

/// <summary>
/// The only source of native memory a submission may use: <c>malloc</c> and <c>free</c> over a heap
/// that the grader tracks. Every byte taken and not given back is counted as leaked.
/// </summary>
public interface INativeHeap
{
    /// <summary>Takes <paramref name="bytes"/> bytes of native memory.</summary>
    /// <returns>The block's address, or 0 when the heap's limit is reached.</returns>
    nint Malloc(nuint bytes);

    /// <summary>
    /// Gives back a block that <see cref="Malloc"/> returned. Freeing 0 does nothing; freeing anything
    /// else that is not a live block is recorded as a heap error.
    /// </summary>
    void Free(nint pointer);
}
