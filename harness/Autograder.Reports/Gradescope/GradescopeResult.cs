namespace Autograder.Reports.Gradescope;

/// <summary>Gradescope's results.json, with the fields this grader fills in.</summary>
/// <param name="Score">The submission's score; it overrides the sum of the tests' scores (so penalties count).</param>
/// <param name="ExecutionTime">How long grading took, in seconds.</param>
/// <param name="Output">Text about the whole submission, shown to the student.</param>
/// <param name="Tests">A test per case.</param>
internal sealed record GradescopeResult(decimal Score, decimal ExecutionTime, string Output, IReadOnlyList<GradescopeTest> Tests);
