namespace Autograder.Scoring;

/// <summary>Points a rule took off, and the findings that made it.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Points">The points taken off (0 or more).</param>
/// <param name="Findings">The findings of this rule, in the order the scanner reported them.</param>
public sealed record RulePenalty(RubricRule Rule, decimal Points, IReadOnlyList<RuleFinding> Findings)
{
    /// <summary>Why, in a few words: the rule, how many findings, and how the penalty applied (the points are <see cref="Points"/>).</summary>
    public string Reason
    {
        get
        {
            var count = Findings.Count == 1 ? "1 finding" : $"{Findings.Count} findings";
            var basis = Rule.Per == PenaltyBasis.PerRule
                ? $"{RubricElement.Format(Rule.Penalty)} points once"
                : $"{RubricElement.Format(Rule.Penalty)} points each";
            var uncapped = Rule.Per == PenaltyBasis.PerRule ? Rule.Penalty : Rule.Penalty * Findings.Count;
            var capped = Rule.MaxPenalty is { } cap && uncapped > cap ? $", at most {RubricElement.Format(cap)}" : string.Empty;
            return $"{Rule.Description} ({count}; {basis}{capped})";
        }
    }
}
