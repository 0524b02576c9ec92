namespace Autograder.Cases;

/// <summary>Resolves a path written in a case file against the case file's folder, without making it absolute.</summary>
public static class CasePaths
{
    /// <summary>
    /// How messages show a file: relative to the working folder when it lies inside it
    /// (<c>cases/public/05-x.case</c>), else in full (<c>/course/autograder/cases/public/05-x.case</c>), never
    /// as a climb such as <c>../../course/autograder/cases/...</c>.
    /// </summary>
    public static string Shown(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? full
            : relative;
    }

    /// <summary>
    /// <paramref name="written"/> as seen from the folder of <paramref name="caseFile"/>; '.' and 'name/..' are
    /// folded away so that messages show <c>cases/traces/x.rep</c> rather than <c>cases/public/../traces/x.rep</c>.
    /// </summary>
    public static string Resolve(string caseFile, string written)
    {
        if (Path.IsPathRooted(written))
        {
            return written;
        }

        var joined = Path.Join(Path.GetDirectoryName(caseFile), written);
        var root = Path.GetPathRoot(joined) ?? string.Empty;
        var kept = new List<string>();
        foreach (var part in joined[root.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == ".." && kept.Count > 0 && kept[^1] != "..")
            {
                kept.RemoveAt(kept.Count - 1);
            }
            else if (part != ".." || root.Length == 0)
            {
                kept.Add(part);
            }
        }

        var folded = root + string.Join(Path.DirectorySeparatorChar, kept);
        return folded.Length == 0 ? "." : folded;
    }
}
