namespace Autograder.Cases;

/// <summary>Checks of the name and description a caller hands to the generator or the importer.</summary>
internal static class CaseArguments
{
    /// <summary>An alignment the first-fit model plans with: a power of two from 1 to <see cref="GeneratorSettings.MaxAlignment"/>.</summary>
    public static bool IsAlignment(int alignment) =>
        alignment is >= 1 and <= GeneratorSettings.MaxAlignment && (alignment & (alignment - 1)) == 0;

    public static void CheckNameAndDescription(string name, string description)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(description);
        if (!CaseNames.IsCaseName(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a case name; use lower-case letters, digits and '-', as in 'first-fit-basics'", nameof(name));
        }

        if (CaseNames.DescriptionProblem(description) is { } problem)
        {
            throw new ArgumentException(problem, nameof(description));
        }
    }
}
