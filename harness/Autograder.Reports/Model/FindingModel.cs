namespace Autograder.Reports.Model;

/// <summary>One place where a rule was broken.</summary>
/// <param name="Method">The submission's method.</param>
/// <param name="Detail">What was found there.</param>
public sealed record FindingModel(string Method, string Detail);
