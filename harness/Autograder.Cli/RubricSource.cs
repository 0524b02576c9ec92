using Autograder.Scoring;

namespace Autograder.Cli;

/// <summary>Where a command's rubric comes from: --cases DIR, --rubric FILE, or the repository's grading.json.</summary>
internal static class RubricSource
{
    public static Rubric Load(string? rubricPath, string? casesFolder, string? root)
    {
        if (casesFolder is not null)
        {
            return Rubric.ForCases(CaseSuite.Load(casesFolder));
        }

        var path = rubricPath ?? (root is null
            ? throw new UserInputException("No --rubric given and no repository grading.json here. Pass --rubric FILE or --cases DIR.")
            : Path.Combine(root, "grading.json"));
        try
        {
            var rubric = RubricLoader.Load(path);

            // Visible cases run first, so a student-visible result never waits on a hidden case.
            return rubric with { Cases = [.. rubric.Cases.OrderBy(entry => entry.Visibility == Visibility.Visible ? 0 : 1)] };
        }
        catch (RubricException e)
        {
            throw new UserInputException(e.Message);
        }
    }
}
