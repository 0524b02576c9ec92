namespace Autograder.Compilation.Rules;

/// <summary>
/// Matches full API names (<c>Namespace.Type.Member</c>) against patterns where <c>*</c> stands for any run
/// of characters, dots included; see <see cref="BannedApi"/> for what a pattern covers.
/// </summary>
internal static class ApiPattern
{
    public static bool Covers(string pattern, string fullName)
    {
        var stem = pattern.EndsWith(".*", StringComparison.Ordinal) ? pattern[..^2] : null;
        for (var end = fullName.IndexOf('.', StringComparison.Ordinal); ; end = fullName.IndexOf('.', end + 1))
        {
            var part = end < 0 ? fullName : fullName[..end];
            if (part == stem || Matches(pattern, part))
            {
                return true;
            }

            if (end < 0)
            {
                return false;
            }
        }
    }

    private static bool Matches(string pattern, string text)
    {
        // Greedy with backtracking to the last star: linear in practice, and never recursive.
        int p = 0, t = 0, star = -1, starText = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                starText = t;
            }
            else if (p < pattern.Length && pattern[p] == text[t])
            {
                p++;
                t++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++starText;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
