using Autograder.Cases;

namespace Autograder.Checking;

/// <summary>A verdict with what explains it: the shortest case that still fails, when there is one.</summary>
/// <param name="Case">The case graded.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="Minimized">The shortest failing case, with the reference's answers as expectations.</param>
public sealed record CaseGrade(CaseDefinition Case, CaseVerdict Verdict, CaseDefinition? Minimized);
