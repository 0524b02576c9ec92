namespace Autograder.Cases.Tests;

/// <summary>Where this project's test data and the repository are, found from the test's output folder.</summary>
internal static class TestData
{
    public static string Folder(string scenario) => Path.Combine(AppContext.BaseDirectory, "TestData", scenario);

    public static string File(string scenario, string name) => Path.Combine(Folder(scenario), name);

    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(folder.FullName, "Autograder.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no folder above {AppContext.BaseDirectory} holds Autograder.sln");
    }
}
