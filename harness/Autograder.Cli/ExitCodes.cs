namespace Autograder.Cli;

/// <summary>What the process's exit code means. Documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>Grading completed, whatever the scores (for check: the score meets the minimum).</summary>
    public const int Success = 0;

    /// <summary>check: the score is below --min-score (or the rubric's minimum).</summary>
    public const int BelowMinimum = 1;

    /// <summary>Something the user can fix: a missing path, a malformed case file.</summary>
    public const int UserError = 2;

    /// <summary>A bug in the grader itself.</summary>
    public const int InternalError = 3;
}
