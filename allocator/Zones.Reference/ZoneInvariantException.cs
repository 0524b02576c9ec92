namespace Zones.Reference;

/// <summary>
/// The reference allocator found one of its own invariants broken in checked mode. This is a bug in the
/// grader, never in a submission.
/// </summary>
public sealed class ZoneInvariantException : Exception
{
    /// <summary>Creates the exception naming the broken invariant.</summary>
    public ZoneInvariantException(string message)
        : base(message)
    {
    }
}
