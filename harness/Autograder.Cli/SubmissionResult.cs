using Autograder.Checking;

namespace Autograder.Cli;

/// <summary>How one submission did: a problem that stopped grading it, or a grade per case.</summary>
/// <param name="Name">The submission's name (its folder or file name).</param>
/// <param name="Problem">Why it could not be graded (it does not compile, no allocator class), or null.</param>
/// <param name="Grades">One grade per case, in suite order; empty when <paramref name="Problem"/> is set.</param>
internal sealed record SubmissionResult(string Name, string? Problem, IReadOnlyList<CaseGrade> Grades)
{
    public int Correct => Grades.Count(grade => grade.Verdict.IsCorrect);

    public int LeakFree => Grades.Count(grade => grade.Verdict.IsLeakFree);
}
