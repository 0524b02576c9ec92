using Autograder.Scoring;

namespace Autograder.Cli;

/// <summary>
/// The files a rubric reads besides itself, for a package: the case files its entries match, the
/// malloc-lab traces its entries and case files import. A case knows the file it came from, but one
/// imported from a trace names the trace rather than its case file, so the folder a case file sits in
/// under the rubric's folder (cases/, say) is packed whole. Copied beside the rubric, they must give the
/// very same cases: a package checks that by loading its copy (see <see cref="SameCases"/>).
/// </summary>
internal static class RubricFiles
{
    /// <summary>
    /// The files <paramref name="rubric"/>, loaded from <paramref name="rubricPath"/>, reads: paths relative to
    /// the rubric's folder, with '/' separators.
    /// </summary>
    /// <exception cref="UserInputException">A file lies outside the rubric's folder, where a package cannot put it.</exception>
    public static IReadOnlyList<string> Of(Rubric rubric, string rubricPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(rubricPath))!;
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entry in rubric.Cases)
        {
            // A generated case names its rubric entry, not a file.
            var source = Path.GetFullPath(entry.Case.Source);
            if (!File.Exists(source))
            {
                continue;
            }

            var relative = Relative(folder, source, entry.Name);
            if (relative.IndexOf('/') is var slash and > 0)
            {
                var top = relative[..slash];
                files.UnionWith(FilesUnder(Path.Combine(folder, top)).Select(file => Relative(folder, file, entry.Name)));
                continue;
            }

            files.Add(relative);
            if (source.EndsWith(".case", StringComparison.OrdinalIgnoreCase))
            {
                files.UnionWith(TracesOf(source).Select(trace => Relative(folder, trace, entry.Name)));
            }
        }

        return [.. files];
    }

    /// <summary>Whether two loadings of a rubric give the same cases, with the same points, visibility and limits.</summary>
    public static bool SameCases(Rubric original, Rubric copy, out string? difference)
    {
        difference = null;
        if (original.Cases.Count != copy.Cases.Count)
        {
            difference = $"{original.Cases.Count} cases became {copy.Cases.Count}";
            return false;
        }

        foreach (var (left, right) in original.Cases.Zip(copy.Cases))
        {
            var same = left.Name == right.Name
                && left.Case.Description == right.Case.Description
                && left.Case.HeapLimit == right.Case.HeapLimit
                && left.Case.Steps.SequenceEqual(right.Case.Steps)
                && left.Case.ZoneNames.SequenceEqual(right.Case.ZoneNames)
                && left.Case.BlockNames.SequenceEqual(right.Case.BlockNames)
                && left.Points == right.Points
                && left.Visibility == right.Visibility
                && left.TimeLimit == right.TimeLimit;
            if (!same)
            {
                difference = $"the case {left.Name} ({left.Case.Source}) came out differently";
                return false;
            }
        }

        return true;
    }

    // The malloc-lab traces a case file beside the rubric imports: its 'trace PATH ...' lines, PATH relative
    // to the case file. The copy is loaded again afterwards, so a file missed here is an error, never a wrong package.
    private static IEnumerable<string> TracesOf(string caseFile)
    {
        var folder = Path.GetDirectoryName(caseFile)!;
        foreach (var line in File.ReadLines(caseFile))
        {
            var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words is ["trace", var written, ..])
            {
                var trace = Path.GetFullPath(Path.Combine(folder, written));
                if (File.Exists(trace))
                {
                    yield return trace;
                }
            }
        }
    }

    // Hidden files and folders (.git, editor files) are never cases.
    private static IEnumerable<string> FilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')));

    private static string Relative(string folder, string file, string caseName)
    {
        var relative = Path.GetRelativePath(folder, file);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? throw new UserInputException($"The case {caseName} reads {file}, outside the rubric's folder {folder}; move it under that folder so the package can hold it.")
            : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
