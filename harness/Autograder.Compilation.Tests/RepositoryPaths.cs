namespace Autograder.Compilation.Tests;

/// <summary>Where the repository and this project's test data are, found from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "allocator", "samples");

    public static string TestData(string scenario) => Path.Combine(AppContext.BaseDirectory, "TestData", scenario);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Autograder.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no folder above {AppContext.BaseDirectory} holds Autograder.sln");
    }
}
