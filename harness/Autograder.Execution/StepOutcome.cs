namespace Autograder.Execution;

/// <summary>How a call into the allocator ended.</summary>
public enum StepOutcome : byte
{
    /// <summary>It returned a value (a non-null handle or address, a size, or nothing for void calls).</summary>
    Returned,

    /// <summary>create_zone or zalloc returned 0.</summary>
    ReturnedNull,

    /// <summary>It threw ZoneContractException.</summary>
    Violation,

    /// <summary>It threw any other exception.</summary>
    Threw,
}
