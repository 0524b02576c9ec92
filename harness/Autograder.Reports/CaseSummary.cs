using Autograder.Checking;
using Autograder.Scoring;

namespace Autograder.Reports;

/// <summary>
/// One line saying how a case went, without its steps, its zone or its shortest failing case: what every report
/// shows for a case whose details the student may not see.
/// </summary>
internal static class CaseSummary
{
    /// <summary><c>passed</c>, <c>failed</c> or <c>not run</c>.</summary>
    public static string Status(CaseScore score) => score.Status switch
    {
        CaseStatus.Passed => "passed",
        CaseStatus.Failed => "failed",
        _ => "not run",
    };

    /// <summary>What happened, without the status word: the headline of the first divergence and the leaks, if any.</summary>
    public static string Line(CaseScore score, string? problem) => score.Grade switch
    {
        null when problem is not null => "the submission could not be graded",
        null => "grading stopped before this case",
        { Verdict: var verdict } when verdict.IsCorrect && verdict.IsLeakFree => "every step agrees with the reference and nothing leaked",
        { Verdict: var verdict } => string.Join("; ", Parts(verdict)),
    };

    /// <summary>A hidden case's whole output: its points, its status and the summary line.</summary>
    public static string Hidden(CaseScore score, string? problem) =>
        $"Hidden case, {Numbers.Format(score.Points)}/{Numbers.Format(score.Max)} points, {Status(score)}: {Line(score, problem)}.\n";

    private static IEnumerable<string> Parts(CaseVerdict verdict)
    {
        if (verdict.Divergence is { } divergence)
        {
            yield return FailureText.Headline(divergence.Kind);
        }

        if (verdict.RanToEnd && verdict.Leaks.Count > 0)
        {
            var blocks = verdict.Leaks.Count == 1 ? "1 heap block" : $"{verdict.Leaks.Count} heap blocks";
            yield return $"leaks {verdict.LeakedBytes} bytes in {blocks}";
        }
    }
}
