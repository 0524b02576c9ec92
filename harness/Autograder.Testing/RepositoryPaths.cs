namespace Autograder.Testing;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "allocator", "samples");

    public static string Cases => Path.Combine(Root, "cases");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Autograder.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No Autograder.sln above " + AppContext.BaseDirectory);
    }
}
