namespace Autograder.Scoring;

/// <summary>What a case is worth: a part for agreeing with the reference at every step, a part for leaking nothing.</summary>
/// <param name="Correctness">Points when every step agrees with the reference.</param>
/// <param name="LeakFree">Points when the case ran to its end and nothing was left taken from the heap.</param>
public sealed record CasePoints(decimal Correctness, decimal LeakFree)
{
    /// <summary>The course default: 4 points a case, 3 for correctness and 1 for leaking nothing.</summary>
    public static CasePoints CourseDefault { get; } = new(3, 1);

    /// <summary>Both parts together.</summary>
    public decimal Total => Correctness + LeakFree;
}
