namespace Autograder.Cli;

/// <summary>
/// Turns the paths on the command line into submissions: a folder of .cs files, a .dll, or a folder
/// holding one such folder (or .dll) per student.
/// </summary>
internal static class SubmissionPaths
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var submissions = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path) && path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            {
                submissions.Add(path);
            }
            else if (Directory.Exists(path))
            {
                submissions.AddRange(IsSubmission(path) ? [path] : Children(path));
            }
            else
            {
                throw new UserInputException($"'{path}' is neither a folder nor a .dll. Pass a submission folder, a .dll, or a folder of submissions.");
            }
        }

        return submissions;
    }

    // A folder with .cs files of its own (outside bin/ and obj/) is one submission.
    private static bool IsSubmission(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.TopDirectoryOnly).Any();

    private static IEnumerable<string> Children(string folder)
    {
        var children = Directory.EnumerateDirectories(folder)
            .Where(child => !Path.GetFileName(child).StartsWith('.'))
            .Where(child => Directory.EnumerateFiles(child, "*.cs", SearchOption.AllDirectories).Any())
            .Concat(Directory.EnumerateFiles(folder, "*.dll"))
            .OrderBy(child => child, StringComparer.Ordinal)
            .ToList();
        return children.Count > 0
            ? children
            : throw new UserInputException($"'{folder}' holds no .cs files and no submission folders.");
    }
}
