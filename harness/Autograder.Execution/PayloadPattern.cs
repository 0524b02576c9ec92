namespace Autograder.Execution;

/// <summary>
/// The bytes written into every block when it is allocated and checked when it is freed, as malloc-lab's
/// driver does: a submission that keeps metadata inside the region, or places two blocks over each
/// other, damages them. The pattern depends on the step and on the position, so a shifted copy fails too.
/// </summary>
/// <remarks>
/// Byte <c>i</c> is <c>step * 0x3B + i * 0x9D + 0x5A</c> (mod 256). As 0x9D is odd, the pattern repeats every
/// 256 bytes, so a block is written and checked as copies of one 256-byte tile: memory copies and vectorized
/// compares, not a loop over bytes. (Real traces have blocks of hundreds of kilobytes.)
/// </remarks>
internal static unsafe class PayloadPattern
{
    private const int Period = 256;

    public static byte At(int stepIndex, long index) => (byte)((stepIndex * 0x3B) + (index * 0x9D) + 0x5A);

    public static void Write(nint address, long length, int stepIndex)
    {
        Span<byte> tile = stackalloc byte[Period];
        tile = Tile(tile, length, stepIndex);
        var bytes = (byte*)address;
        for (long at = 0; at < length; at += Period)
        {
            var count = (int)Math.Min(Period, length - at);
            tile[..count].CopyTo(new Span<byte>(bytes + at, count));
        }
    }

    /// <summary>The index of the first byte that differs from the pattern, or -1.</summary>
    public static long FirstDamaged(nint address, long length, int stepIndex)
    {
        Span<byte> tile = stackalloc byte[Period];
        tile = Tile(tile, length, stepIndex);
        var bytes = (byte*)address;
        for (long at = 0; at < length; at += Period)
        {
            var count = (int)Math.Min(Period, length - at);
            var same = new ReadOnlySpan<byte>(bytes + at, count).CommonPrefixLength(tile[..count]);
            if (same < count)
            {
                return at + same;
            }
        }

        return -1;
    }

    public static byte Read(nint address, long index) => ((byte*)address)[index];

    // The first period of the pattern, or less for a shorter block.
    private static Span<byte> Tile(Span<byte> tile, long length, int stepIndex)
    {
        tile = tile[..(int)Math.Min(Period, length)];
        for (var i = 0; i < tile.Length; i++)
        {
            tile[i] = At(stepIndex, i);
        }

        return tile;
    }
}
