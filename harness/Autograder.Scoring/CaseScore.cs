using Autograder.Checking;

namespace Autograder.Scoring;

/// <summary>The points one case earned.</summary>
/// <param name="Entry">The case as the rubric lists it, with what it is worth.</param>
/// <param name="Grade">How the submission did on it; null when it was not run.</param>
/// <param name="Correctness">The correctness points earned.</param>
/// <param name="LeakFree">The leak-free points earned.</param>
public sealed record CaseScore(RubricCase Entry, CaseGrade? Grade, decimal Correctness, decimal LeakFree)
{
    /// <summary>The case's name.</summary>
    public string Name => Entry.Name;

    /// <summary>The points earned.</summary>
    public decimal Points => Correctness + LeakFree;

    /// <summary>The points the case is worth.</summary>
    public decimal Max => Entry.Points.Total;

    /// <summary>Passed, failed or not run.</summary>
    public CaseStatus Status => Grade switch
    {
        null => CaseStatus.NotRun,
        { Verdict: { IsCorrect: true, IsLeakFree: true } } => CaseStatus.Passed,
        _ => CaseStatus.Failed,
    };
}
