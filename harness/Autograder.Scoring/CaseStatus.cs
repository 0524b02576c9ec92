namespace Autograder.Scoring;

/// <summary>How a case came out, in one word.</summary>
public enum CaseStatus
{
    /// <summary>Every step agreed with the reference, the case ran to its end and nothing leaked.</summary>
    Passed,

    /// <summary>A step differed from the reference, the run stopped, or bytes leaked.</summary>
    Failed,

    /// <summary>The case was not run: the submission could not be graded, or grading stopped before it.</summary>
    NotRun,
}
