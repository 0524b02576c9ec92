namespace Autograder.Scoring;

/// <summary>How often a rule's penalty applies.</summary>
public enum PenaltyBasis
{
    /// <summary>Once for each finding (<c>"per": "finding"</c>).</summary>
    PerFinding,

    /// <summary>Once, however many findings (<c>"per": "rule"</c>).</summary>
    PerRule,
}
