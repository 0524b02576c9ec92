namespace Autograder.Execution;

/// <summary>
/// The bytes written into every block when it is allocated and checked when it is freed, as malloc-lab's
/// driver does: a submission that keeps metadata inside the region, or places two blocks over each
/// other, damages them. The pattern depends on the step and on the position, so a shifted copy fails too.
/// </summary>
internal static unsafe class PayloadPattern
{
    public static byte At(int stepIndex, long index) => (byte)((stepIndex * 0x3B) + (index * 0x9D) + 0x5A);

    public static void Write(nint address, long length, int stepIndex)
    {
        var bytes = (byte*)address;
        for (long i = 0; i < length; i++)
        {
            bytes[i] = At(stepIndex, i);
        }
    }

    /// <summary>The index of the first byte that differs from the pattern, or -1.</summary>
    public static long FirstDamaged(nint address, long length, int stepIndex)
    {
        var bytes = (byte*)address;
        for (long i = 0; i < length; i++)
        {
            if (bytes[i] != At(stepIndex, i))
            {
                return i;
            }
        }

        return -1;
    }

    public static byte Read(nint address, long index) => ((byte*)address)[index];
}
