namespace Autograder.Benchmarks;

/// <summary>The repository the benchmarks run in: samples, cases and the built grader are found from it.</summary>
internal static class Repository
{
    /// <summary>The nearest folder at or above the current one that holds Autograder.sln.</summary>
    public static string Root()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Autograder.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository.");
    }
}
