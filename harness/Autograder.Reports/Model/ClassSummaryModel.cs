namespace Autograder.Reports.Model;

/// <summary>What class-summary.html.hbs receives: a batch's scores, their distribution and each case's pass rate.</summary>
public sealed record ClassSummaryModel
{
    /// <summary>The assignment's title, from the rubric.</summary>
    public required string Title { get; init; }

    /// <summary>How many submissions.</summary>
    public required int SubmissionCount { get; init; }

    /// <summary>How many of them could not be graded.</summary>
    public required int NotGraded { get; init; }

    /// <summary>The most the rubric gives.</summary>
    public required string Max { get; init; }

    /// <summary>The mean total.</summary>
    public required string Mean { get; init; }

    /// <summary>The median total.</summary>
    public required string Median { get; init; }

    /// <summary>The lowest total.</summary>
    public required string Lowest { get; init; }

    /// <summary>The highest total.</summary>
    public required string Highest { get; init; }

    /// <summary>Every submission, in the order graded.</summary>
    public required IReadOnlyList<ClassRowModel> Submissions { get; init; }

    /// <summary>How many submissions scored in each tenth of the maximum.</summary>
    public required ChartModel Distribution { get; init; }

    /// <summary>Each case's pass rate.</summary>
    public required ChartModel PassRates { get; init; }
}
