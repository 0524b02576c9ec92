namespace Autograder.Checking;

/// <summary>A live block as the checker tracks it.</summary>
/// <param name="BlockSlot">The case's name for it (its slot), or -1 when the case did not keep it.</param>
/// <param name="Size">The size asked for.</param>
/// <param name="Footprint">The bytes it covers.</param>
internal readonly record struct TrackedBlock(int BlockSlot, long Size, long Footprint);
