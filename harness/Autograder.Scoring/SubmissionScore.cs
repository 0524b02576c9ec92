namespace Autograder.Scoring;

/// <summary>
/// What one submission scored under a rubric: the points of every case in rubric order, the rule penalties, and
/// the total, which never drops below 0. A submission that could not be graded has a <see cref="Problem"/> and 0.
/// </summary>
public sealed record SubmissionScore
{
    /// <summary>The rubric it was scored under.</summary>
    public required Rubric Rubric { get; init; }

    /// <summary>Every case of the rubric, in its order.</summary>
    public required IReadOnlyList<CaseScore> Cases { get; init; }

    /// <summary>One penalty per rule with findings, in the rubric's order of rules.</summary>
    public required IReadOnlyList<RulePenalty> Penalties { get; init; }

    /// <summary>Every finding of the IL scan, including those of rules the rubric does not penalize.</summary>
    public IReadOnlyList<RuleFinding> Findings { get; init; } = [];

    /// <summary>Why the submission could not be graded at all (it does not compile, it has no allocator class); null when it was graded.</summary>
    public string? Problem { get; init; }

    /// <summary>The points the cases earned, before penalties.</summary>
    public decimal Earned => Cases.Sum(score => score.Points);

    /// <summary>The points the rules took off, before the floor at 0.</summary>
    public decimal PenaltyPoints => Penalties.Sum(penalty => penalty.Points);

    /// <summary>The score: <see cref="Earned"/> less <see cref="PenaltyPoints"/>, and never below 0.</summary>
    public decimal Total => Math.Max(0, Earned - PenaltyPoints);

    /// <summary>The most the rubric gives.</summary>
    public decimal Max => Rubric.MaxScore;

    /// <summary>The total as a percentage of <see cref="Max"/>, rounded to two decimals; 0 when the rubric gives no points.</summary>
    public decimal Percent => Max == 0 ? 0 : Math.Round(Total * 100 / Max, 2, MidpointRounding.AwayFromZero);

    /// <summary>Whether the score reaches the rubric's minimum for CI.</summary>
    public bool MeetsMinimum => Problem is null && Percent >= Rubric.MinimumScore;

    /// <summary>How many cases passed.</summary>
    public int PassedCount => Cases.Count(score => score.Status == CaseStatus.Passed);

    /// <summary>How many cases did not pass (failed or not run).</summary>
    public int FailedCount => Cases.Count - PassedCount;
}
