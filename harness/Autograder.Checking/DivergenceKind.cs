namespace Autograder.Checking;

/// <summary>The way a submission first differed from the reference.</summary>
public enum DivergenceKind
{
    /// <summary>The run stopped during or before this step: a crash, an exit, a constructor that threw.</summary>
    Stopped,

    /// <summary>The step did not finish within the case's time limit.</summary>
    TimedOut,

    /// <summary>The reference raised a contract violation; the submission did not.</summary>
    MissingViolation,

    /// <summary>The submission raised a contract violation where the reference did not.</summary>
    UnexpectedViolation,

    /// <summary>The submission threw an exception other than ZoneContractException.</summary>
    UnexpectedException,

    /// <summary>One returned 0 and the other did not.</summary>
    NullMismatch,

    /// <summary>create_zone took no heap block as large as the zone.</summary>
    RegionNotTaken,

    /// <summary>A block does not lie wholly inside its zone's region.</summary>
    OutsideRegion,

    /// <summary>A block's offset is not a multiple of the alignment.</summary>
    Misaligned,

    /// <summary>A block overlaps a live block.</summary>
    Overlap,

    /// <summary>A block is not where first fit puts it.</summary>
    WrongOffset,

    /// <summary>block_size or zone_size answered another number.</summary>
    WrongValue,

    /// <summary>zdump's output differs.</summary>
    DumpMismatch,

    /// <summary>A live block's bytes changed under it.</summary>
    PayloadDamaged,

    /// <summary>The submission freed a heap block twice, or freed something it never allocated.</summary>
    HeapMisuse,
}
