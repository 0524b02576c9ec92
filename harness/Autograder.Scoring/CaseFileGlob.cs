using System.Text;
using System.Text.RegularExpressions;

namespace Autograder.Scoring;

/// <summary>
/// The files a rubric's <c>"file"</c> entry names: one path, or a glob where <c>*</c> and <c>?</c> match within a
/// folder name and <c>**</c> matches any number of folders. Paths use '/' and are relative to the rubric's folder.
/// </summary>
internal static class CaseFileGlob
{
    public static bool IsGlob(string pattern) => pattern.IndexOfAny(['*', '?']) >= 0;

    /// <summary>The files under <paramref name="folder"/> that <paramref name="pattern"/> matches, full paths in the order of their relative paths.</summary>
    public static IReadOnlyList<string> Match(string folder, string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var segments = normalized.Split('/');
        var fixedCount = segments.TakeWhile(segment => !IsGlob(segment)).Count();
        var root = Path.GetFullPath(Path.Combine(folder, string.Join('/', segments.Take(fixedCount))));
        if (fixedCount == segments.Length)
        {
            return File.Exists(root) ? [root] : [];
        }

        if (!Directory.Exists(root))
        {
            return [];
        }

        var rest = Regex(string.Join('/', segments.Skip(fixedCount)));
        var deep = segments.Length - fixedCount > 1 || segments[^1].Contains("**", StringComparison.Ordinal);
        return Directory.EnumerateFiles(root, "*", deep ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Select(path => (Path: path, Relative: Path.GetRelativePath(root, path).Replace('\\', '/')))
            .Where(file => rest.IsMatch(file.Relative))
            .OrderBy(file => file.Relative, StringComparer.Ordinal)
            .Select(file => file.Path)
            .ToList();
    }

    private static Regex Regex(string glob)
    {
        var pattern = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                pattern.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                pattern.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => System.Text.RegularExpressions.Regex.Escape(c.ToString()),
                });
            }
        }

        return new Regex(pattern.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
