namespace Autograder.Reports.Model;

/// <summary>Points a rule took off.</summary>
/// <param name="Rule">The rule id.</param>
/// <param name="Points">The points taken off.</param>
/// <param name="Reason">Why, in a sentence.</param>
/// <param name="Findings">Where the rule was broken.</param>
public sealed record PenaltyModel(string Rule, string Points, string Reason, IReadOnlyList<FindingModel> Findings);
