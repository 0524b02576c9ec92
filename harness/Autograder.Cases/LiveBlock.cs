namespace Autograder.Cases;

/// <summary>A block the generator knows to be live: its slot, its zone's index and where first fit put it.</summary>
internal readonly record struct LiveBlock(int Block, int Zone, ulong Offset, ulong Size);
