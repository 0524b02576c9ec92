namespace Autograder.Execution;

/// <summary>
/// A live block whose bytes changed although nobody but the case wrote to them: the pattern written
/// when it was allocated was not intact when it was freed or its zone destroyed.
/// </summary>
/// <param name="BlockSlot">The block's slot in the case.</param>
/// <param name="BlockOffset">The block's offset in its zone's region.</param>
/// <param name="ByteIndex">The first damaged byte, counted from the block's start.</param>
/// <param name="Expected">The byte the pattern put there.</param>
/// <param name="Found">The byte found there.</param>
public sealed record PayloadDamage(int BlockSlot, long BlockOffset, long ByteIndex, byte Expected, byte Found);
