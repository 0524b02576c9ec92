using Autograder.Cases;
using Autograder.Execution;

namespace Autograder.Checking;

/// <summary>
/// Grades cases for one submission: runs each through the submission's runner, checks it against the
/// reference, runs it again with allocation sites when it leaked, and minimizes it when it failed.
/// </summary>
public sealed class CaseGrader
{
    private readonly ICaseRunner _submission;
    private readonly ReferenceAnswers _reference;
    private readonly DifferentialChecker _checker;

    /// <summary>Creates a grader for the submission behind <paramref name="submission"/>.</summary>
    public CaseGrader(ICaseRunner submission, ReferenceAnswers reference, CheckOptions? options = null)
    {
        _submission = submission ?? throw new ArgumentNullException(nameof(submission));
        _reference = reference ?? throw new ArgumentNullException(nameof(reference));
        _checker = new DifferentialChecker(options);
    }

    /// <summary>Whether failing cases are minimized (costs a run per candidate).</summary>
    public bool Minimizes { get; init; } = true;

    /// <summary>Grades one case.</summary>
    public CaseGrade Grade(CaseDefinition @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var verdict = Check(@case, ExecutionOptions.Default);
        if (verdict.Leaks.Count > 0)
        {
            // Recording sites costs a stack walk per Malloc, so only leaking runs pay for it.
            var withSites = Check(@case, new ExecutionOptions { RecordAllocationSites = true });
            verdict = verdict with { Leaks = withSites.Leaks };
        }

        if (!Minimizes || (verdict.IsCorrect && (verdict.IsLeakFree || !verdict.RanToEnd)))
        {
            return new CaseGrade(@case, verdict, null);
        }

        bool StillFails(CaseDefinition candidate) =>
            FailsLike(verdict, _checker.Check(candidate, _reference.Compute(candidate), _submission.Run(candidate, ExecutionOptions.Default)));

        // Steps after the first divergence cannot matter to it: start from the prefix that ends there, so a
        // 20,000-step trace that goes wrong at step 40 is minimized over 41 steps, not 20,000.
        var start = @case;
        if (verdict.Divergence is { StepIndex: var at } && at + 1 < @case.Steps.Count)
        {
            var prefix = CaseMinimizer.WithSteps(@case, [.. Enumerable.Range(0, at + 1)]);
            if (StillFails(prefix))
            {
                start = prefix;
            }
        }

        var minimized = CaseMinimizer.Minimize(start, StillFails);
        return new CaseGrade(@case, verdict, _reference.Annotate(minimized));
    }

    private CaseVerdict Check(CaseDefinition @case, ExecutionOptions options) =>
        _checker.Check(@case, _reference.For(@case), _submission.Run(@case, options));

    // A smaller case counts only if it fails for the same reason; otherwise minimizing could wander off to
    // another bug and explain the wrong failure.
    private static bool FailsLike(CaseVerdict original, CaseVerdict candidate) => original.Divergence is { } divergence
        ? candidate.Divergence?.Kind == divergence.Kind
        : candidate.IsCorrect && candidate.RanToEnd && candidate.Leaks.Count > 0;
}
