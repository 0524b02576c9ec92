using Autograder.Cases;

namespace Autograder.Cli;

/// <summary>Every case file under a folder, in path order (public/ before hidden/).</summary>
internal static class CaseSuite
{
    public static IReadOnlyList<CaseDefinition> Load(string folder)
    {
        var files = Files(folder);
        try
        {
            return files.Select(CaseParser.Load).ToList();
        }
        catch (CaseFormatException e)
        {
            throw new UserInputException(e.Message);
        }
    }

    /// <summary>The .case files under <paramref name="folder"/>, in suite order, as paths relative to the current folder.</summary>
    public static IReadOnlyList<string> Files(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new UserInputException($"The cases folder '{folder}' does not exist. Pass --cases with a folder that holds .case files.");
        }

        var files = Directory.EnumerateFiles(folder, "*.case", SearchOption.AllDirectories)
            .OrderBy(path => Rank(Path.GetRelativePath(folder, path)))
            .ThenBy(path => Path.GetRelativePath(folder, path), StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new UserInputException($"No .case files under '{folder}'. Pass --cases with a folder that holds .case files.");
        }

        return files.Select(path => CasePaths.Shown(path)).ToList();
    }

    // Visible cases run first, so a student-visible result never waits on a hidden case.
    private static int Rank(string relativePath) =>
        relativePath.StartsWith("public", StringComparison.Ordinal) ? 0 : relativePath.StartsWith("hidden", StringComparison.Ordinal) ? 2 : 1;
}
