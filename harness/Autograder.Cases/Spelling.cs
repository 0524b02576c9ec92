namespace Autograder.Cases;

/// <summary>The word a typo most likely meant, for "did you mean ...?" hints.</summary>
public static class Spelling
{
    /// <summary>
    /// The candidate that <paramref name="word"/> most likely misspells (case files and rubrics share it): the same letters with other case or
    /// separators (<c>leakFree</c> for <c>leak_free</c>), else the nearest within two edits; null when none is close.
    /// </summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        var list = candidates.ToList();
        var normalized = Normalize(word);
        var sameLetters = list.FirstOrDefault(candidate => Normalize(candidate) == normalized);
        if (sameLetters is not null)
        {
            return sameLetters;
        }

        return list
            .Select(candidate => (Candidate: candidate, Distance: Distance(word, candidate)))
            .Where(pair => pair.Distance <= Math.Min(2, Math.Max(1, pair.Candidate.Length / 3)))
            .OrderBy(pair => pair.Distance)
            .ThenBy(pair => pair.Candidate, StringComparer.Ordinal)
            .Select(pair => pair.Candidate)
            .FirstOrDefault();
    }

    private static string Normalize(string word) =>
        new(word.Where(c => c is not '_' and not '-').Select(char.ToLowerInvariant).ToArray());

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
