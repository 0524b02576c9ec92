namespace Autograder.Scoring;

/// <summary>A rule of the rubric: findings of <see cref="Id"/> cost points.</summary>
public abstract record RubricRule
{
    /// <summary>The rule id its findings carry.</summary>
    public abstract string Id { get; }

    /// <summary>What the rule forbids, in a few words a student understands.</summary>
    public abstract string Description { get; }

    /// <summary>Points taken off each time the penalty applies.</summary>
    public required decimal Penalty { get; init; }

    /// <summary>Whether the penalty applies per finding or once.</summary>
    public required PenaltyBasis Per { get; init; }

    /// <summary>The most points the rule takes off in all; null for no cap.</summary>
    public decimal? MaxPenalty { get; init; }

    /// <summary>The points taken off for <paramref name="findings"/> findings: 0 for none.</summary>
    public decimal PenaltyFor(int findings)
    {
        if (findings <= 0)
        {
            return 0;
        }

        var points = Per == PenaltyBasis.PerRule ? Penalty : Penalty * findings;
        return MaxPenalty is { } cap ? Math.Min(points, cap) : points;
    }
}
