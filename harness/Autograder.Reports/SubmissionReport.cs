using Autograder.Checking;
using Autograder.Scoring;

namespace Autograder.Reports;

/// <summary>Everything the reports say about one submission.</summary>
/// <param name="Name">The submission's name (its folder or file name); its reports go to a folder of that name.</param>
/// <param name="Score">What it scored, with the grade of every case, the rule findings and the problem, if any.</param>
/// <param name="ExecutionTime">How long grading it took (passed in, so that tests can fix it).</param>
/// <param name="Sandboxed">Whether its code ran in the sandbox; reports say so when it did not.</param>
public sealed record SubmissionReport(string Name, SubmissionScore Score, TimeSpan ExecutionTime, bool Sandboxed)
{
    /// <summary>The grades of the cases that ran, in rubric order.</summary>
    public IReadOnlyList<CaseGrade> Grades => Score.Cases.Select(score => score.Grade).OfType<CaseGrade>().ToList();

    /// <summary>What the IL scan found.</summary>
    public IReadOnlyList<RuleFinding> Findings => Score.Findings;

    /// <summary>Why the submission could not be graded, or null.</summary>
    public string? Problem => Score.Problem;
}
