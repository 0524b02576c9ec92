namespace Autograder.Cases;

/// <summary>
/// The SplitMix64 generator (Steele, Lea and Flood), written out here because System.Random's sequence for
/// a seed is not promised to stay the same across .NET versions, and a generated case must.
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong state = seed;

    public ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, <paramref name="bound"/>), by the high half of a 128-bit product (Lemire).</summary>
    public ulong Below(ulong bound)
    {
        ArgumentOutOfRangeException.ThrowIfZero(bound);
        return (ulong)(((UInt128)Next() * bound) >> 64);
    }

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>], both included.</summary>
    public ulong Between(ulong min, ulong max)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(min, max);
        var span = max - min;
        return span == ulong.MaxValue ? Next() : min + Below(span + 1);
    }

    /// <summary>A number in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));
}
