namespace Autograder.Cases;

/// <summary>
/// One operation of a case, with its names already resolved to slots so that running it needs no lookups.
/// </summary>
public sealed record CaseStep
{
    /// <summary>No slot: the operand is the literal <c>null</c>, or a zalloc result is not kept.</summary>
    public const int NoSlot = -1;

    /// <summary>The operation.</summary>
    public required Operation Operation { get; init; }

    /// <summary>
    /// The zone slot: the one create_zone binds, or the zone operand of every other operation
    /// (<see cref="NoSlot"/> for the literal <c>null</c>).
    /// </summary>
    public int Zone { get; init; } = NoSlot;

    /// <summary>
    /// The block slot: the one zalloc binds (<see cref="NoSlot"/> when its result is not kept), or the
    /// block operand of zfree and block_size (<see cref="NoSlot"/> for the literal <c>null</c>).
    /// </summary>
    public int Block { get; init; } = NoSlot;

    /// <summary>Bytes added to the block operand's address (<c>a+8</c>): interior pointers.</summary>
    public long BlockDelta { get; init; }

    /// <summary>The size operand of create_zone and zalloc.</summary>
    public ulong Size { get; init; }

    /// <summary>What the case says should happen, if it says.</summary>
    public ExpectationKind Expect { get; init; }

    /// <summary>The number an <see cref="ExpectationKind.Offset"/> or <see cref="ExpectationKind.Value"/> expectation names.</summary>
    public ulong ExpectedValue { get; init; }

    /// <summary>The line in <see cref="CaseDefinition.Source"/> this step came from; 0 for generated steps.</summary>
    public int Line { get; init; }
}
