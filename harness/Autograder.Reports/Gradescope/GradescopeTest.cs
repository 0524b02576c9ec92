namespace Autograder.Reports.Gradescope;

/// <summary>One test of Gradescope's results.json: a case.</summary>
/// <param name="Name">The case's name.</param>
/// <param name="Score">The points it earned.</param>
/// <param name="MaxScore">The points it is worth.</param>
/// <param name="Status"><c>passed</c> or <c>failed</c>.</param>
/// <param name="Output">Why it failed; a hidden case's output is one line that reveals none of its steps.</param>
/// <param name="Visibility"><c>visible</c>, <c>hidden</c>, <c>after_due_date</c> or <c>after_published</c>.</param>
internal sealed record GradescopeTest(string Name, decimal Score, decimal MaxScore, string Status, string Output, string Visibility);
