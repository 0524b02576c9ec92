using System.Text.Json.Serialization;
using Autograder.Scoring;

namespace Autograder.Reports;

/// <summary>
/// What the class reports (gradebook.csv, class-summary.html) need of one submission, and nothing more:
/// small enough to keep beside each submission's reports, so a batch can be resumed or merged from shards
/// without grading anything again.
/// </summary>
/// <param name="Name">The submission's name.</param>
/// <param name="Title">The rubric's title.</param>
/// <param name="Cases">Each case's points, in rubric order.</param>
/// <param name="PenaltyPoints">Points taken off by rule findings.</param>
/// <param name="Total">The score, penalties taken off.</param>
/// <param name="Max">The rubric's maximum.</param>
/// <param name="Percent">The score as a percentage of the maximum.</param>
/// <param name="MeetsMinimum">Whether the score meets the rubric's minimum.</param>
/// <param name="Problem">Why the submission could not be graded, or null.</param>
public sealed record ClassRow(
    string Name,
    string Title,
    IReadOnlyList<ClassRowCase> Cases,
    decimal PenaltyPoints,
    decimal Total,
    decimal Max,
    decimal Percent,
    bool MeetsMinimum,
    string? Problem)
{
    /// <summary>How many cases passed.</summary>
    [JsonIgnore]
    public int PassedCount => Cases.Count(score => score.Status == CaseStatus.Passed);

    /// <summary>How many cases failed or did not run.</summary>
    [JsonIgnore]
    public int FailedCount => Cases.Count - PassedCount;

    /// <summary>The row of a graded submission.</summary>
    public static ClassRow From(SubmissionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var score = report.Score;
        return new ClassRow(
            report.Name,
            score.Rubric.Title,
            [.. score.Cases.Select(@case => new ClassRowCase(@case.Name, @case.Points, @case.Max, @case.Status))],
            score.PenaltyPoints,
            score.Total,
            score.Max,
            score.Percent,
            score.MeetsMinimum,
            report.Problem);
    }
}

/// <summary>One case's points in a <see cref="ClassRow"/>.</summary>
/// <param name="Name">The case's name.</param>
/// <param name="Points">The points earned.</param>
/// <param name="Max">The points it is worth.</param>
/// <param name="Status">Passed, failed, or not run.</param>
public sealed record ClassRowCase(string Name, decimal Points, decimal Max, CaseStatus Status);
