using Autograder.Cases;

namespace Autograder.Scoring;

/// <summary>One case of a rubric, resolved: the case itself and what the rubric says about it.</summary>
/// <param name="Case">The case, read from its file, generated or imported.</param>
/// <param name="Points">What it is worth.</param>
/// <param name="Visibility">Who sees its result, and when.</param>
/// <param name="TimeLimit">How long it may run.</param>
public sealed record RubricCase(CaseDefinition Case, CasePoints Points, Visibility Visibility, TimeLimit TimeLimit)
{
    /// <summary>The case's name, unique within the rubric.</summary>
    public string Name => Case.Name;
}
