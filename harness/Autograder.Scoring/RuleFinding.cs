namespace Autograder.Scoring;

/// <summary>Something a submission's code does that a rubric rule penalizes, found by reading its IL.</summary>
/// <param name="RuleId">The rule broken: one of the <see cref="RuleIds"/>.</param>
/// <param name="Method">The submission's method where it was found, as <c>Type.Method</c>.</param>
/// <param name="Detail">What was found there, in a sentence a student understands.</param>
public sealed record RuleFinding(string RuleId, string Method, string Detail);
