using Autograder.Checking;
using Autograder.Scoring;

namespace Autograder.Cli;

/// <summary>How one submission did: a problem that stopped grading it, or a grade per case.</summary>
/// <param name="Name">The submission's name (its folder or file name).</param>
/// <param name="Problem">Why it could not be graded (it does not compile, no allocator class), or null.</param>
/// <param name="Grades">One grade per case, in suite order; empty when <paramref name="Problem"/> is set.</param>
/// <param name="Findings">What the rules found in its compiled code.</param>
/// <param name="Sandboxed">Whether its cases ran in the sandbox.</param>
/// <param name="Elapsed">How long grading it took.</param>
internal sealed record SubmissionResult(string Name, string? Problem, IReadOnlyList<CaseGrade> Grades, IReadOnlyList<RuleFinding> Findings, bool Sandboxed, TimeSpan Elapsed)
{
    public int Correct => Grades.Count(grade => grade.Verdict.IsCorrect);

    public int LeakFree => Grades.Count(grade => grade.Verdict.IsLeakFree);
}
