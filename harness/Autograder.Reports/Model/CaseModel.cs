namespace Autograder.Reports.Model;

/// <summary>One case of a submission's report.</summary>
public sealed record CaseModel
{
    /// <summary>Its place in the rubric, from 1.</summary>
    public required int Number { get; init; }

    /// <summary>The case's name.</summary>
    public required string Name { get; init; }

    /// <summary>An id for links within a page: <c>case-</c> and the name.</summary>
    public required string Anchor { get; init; }

    /// <summary>What the case tests; null when its visibility keeps it from the student.</summary>
    public string? Description { get; init; }

    /// <summary>Its visibility as Gradescope names it: visible, hidden, after_due_date, after_published.</summary>
    public required string Visibility { get; init; }

    /// <summary>Whether a student may see its details (its visibility is <c>visible</c>).</summary>
    public required bool ShowsDetails { get; init; }

    /// <summary><c>passed</c>, <c>failed</c> or <c>not run</c>.</summary>
    public required string Status { get; init; }

    /// <summary>Whether it passed.</summary>
    public required bool Passed { get; init; }

    /// <summary>The points earned.</summary>
    public required string Points { get; init; }

    /// <summary>The points it is worth.</summary>
    public required string Max { get; init; }

    /// <summary>The correctness points earned.</summary>
    public required string Correctness { get; init; }

    /// <summary>The correctness points it is worth.</summary>
    public required string CorrectnessMax { get; init; }

    /// <summary>The leak-free points earned.</summary>
    public required string LeakFree { get; init; }

    /// <summary>The leak-free points it is worth.</summary>
    public required string LeakFreeMax { get; init; }

    /// <summary>One line saying what happened (without the status word and without its steps): safe to show for any visibility.</summary>
    public required string Summary { get; init; }

    /// <summary>The explanation of a failure; null when it passed or its details are not shown.</summary>
    public FailureModel? Failure { get; init; }
}
