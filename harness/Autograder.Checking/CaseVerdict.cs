using Autograder.Execution;

namespace Autograder.Checking;

/// <summary>How one submission did on one case.</summary>
public sealed record CaseVerdict
{
    /// <summary>The case's name.</summary>
    public required string CaseName { get; init; }

    /// <summary>The first difference from the reference, or null when every step agreed.</summary>
    public Divergence? Divergence { get; init; }

    /// <summary>Whether every step agreed with the reference.</summary>
    public bool IsCorrect => Divergence is null;

    /// <summary>Whether the run reached its end (no crash, no time-out), so that leaks could be measured.</summary>
    public required bool RanToEnd { get; init; }

    /// <summary>Blocks still taken from the heap after every zone was destroyed.</summary>
    public IReadOnlyList<LeakedBlock> Leaks { get; init; } = [];

    /// <summary>Bytes in <see cref="Leaks"/>.</summary>
    public ulong LeakedBytes => Leaks.Aggregate(0UL, (sum, leak) => sum + leak.Size);

    /// <summary>Whether the run reached its end and gave back everything it took.</summary>
    public bool IsLeakFree => RanToEnd && Leaks.Count == 0;
}
