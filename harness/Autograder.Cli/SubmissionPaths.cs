namespace Autograder.Cli;

/// <summary>
/// Turns the paths on the command line into submissions: a folder of .cs files, a .dll, a folder holding
/// one such folder (or .dll) per student, or a .zip of them.
/// </summary>
internal static class SubmissionPaths
{
    /// <summary>The submissions in <paramref name="paths"/>, in a stable order; archives unpacked under <paramref name="unpackFolder"/>.</summary>
    public static IReadOnlyList<Submission> Expand(IEnumerable<string> paths, string unpackFolder)
    {
        var submissions = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path) && path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            {
                submissions.Add(path);
            }
            else if (File.Exists(path) && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                var folder = SubmissionArchive.Extract(path, Path.Combine(unpackFolder, Path.GetFileNameWithoutExtension(path)));
                submissions.AddRange(IsSubmission(folder) ? [folder] : Children(folder, path));
            }
            else if (Directory.Exists(path))
            {
                submissions.AddRange(IsSubmission(path) ? [path] : Children(path, path));
            }
            else
            {
                throw new UserInputException($"'{path}' is neither a folder, a .dll nor a .zip. Pass a submission folder, a .dll, or a folder or .zip of submissions.");
            }
        }

        var named = submissions.Select((path, ordinal) => new Submission(path, NameOf(path), ordinal)).ToList();
        var clash = named.GroupBy(submission => submission.Name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        return clash is null
            ? named
            : throw new UserInputException($"Two submissions are both named '{clash.Key}' ({string.Join(" and ", clash.Select(s => s.Path))}); their reports would overwrite each other. Rename one, or grade them in separate runs with different --out folders.");
    }

    private static string NameOf(string path) => Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(path));

    // A folder with .cs files of its own (outside bin/ and obj/) is one submission.
    private static bool IsSubmission(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.TopDirectoryOnly).Any();

    private static List<string> Children(string folder, string given)
    {
        var children = Directory.EnumerateDirectories(folder)
            .Where(child => !Path.GetFileName(child).StartsWith('.'))
            .Where(child => Directory.EnumerateFiles(child, "*.cs", SearchOption.AllDirectories).Any())
            .Concat(Directory.EnumerateFiles(folder, "*.dll"))
            .OrderBy(child => child, StringComparer.Ordinal)
            .ToList();
        return children.Count > 0
            ? children
            : throw new UserInputException($"'{given}' holds no .cs files and no submission folders.");
    }
}

/// <summary>One submission of a batch.</summary>
/// <param name="Path">Its folder or .dll.</param>
/// <param name="Name">Its name: the folder or file name; its reports go to a folder of that name.</param>
/// <param name="Ordinal">Its place in the whole batch, counting from 0.</param>
internal sealed record Submission(string Path, string Name, int Ordinal);
