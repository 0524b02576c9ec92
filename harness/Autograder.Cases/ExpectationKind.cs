namespace Autograder.Cases;

/// <summary>What a step's explicit expectation (<c>-&gt; ...</c>) says. The reference must agree with it.</summary>
public enum ExpectationKind
{
    /// <summary>No expectation written: the reference alone decides.</summary>
    None,

    /// <summary><c>-&gt; null</c>: create_zone or zalloc returns 0.</summary>
    Null,

    /// <summary><c>-&gt; ok</c>: the operation succeeds (a non-null handle, or no violation).</summary>
    Ok,

    /// <summary><c>-&gt; offset N</c>: zalloc places the block at offset N of the region.</summary>
    Offset,

    /// <summary><c>-&gt; N</c>: block_size or zone_size returns N.</summary>
    Value,

    /// <summary><c>-&gt; violation</c>: the operation throws ZoneContractException.</summary>
    Violation,
}
