namespace Autograder.Cli;

/// <summary>Where the bundled samples and cases are: the repository the grader was built from.</summary>
internal static class RepositoryLayout
{
    /// <summary>The nearest folder at or above the current one, or the executable's, that holds Autograder.sln.</summary>
    public static string? FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Autograder.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        return null;
    }
}
