using System.Text;
using Autograder.Cases;

namespace Autograder.Cli;

/// <summary>
/// Every problem in one case file, not only the first. The parser stops at the first problem, so each
/// problem's line is set aside and the file parsed again, until it parses or the next problem is only a
/// consequence of a line set aside: a name that line would have bound, the same complaint again, or a
/// problem before it (such as "the case has no steps" once its broken steps are gone).
/// </summary>
internal static class CaseFileProblems
{
    /// <summary>The case, when the file is valid, and the problems found, one message a line naming file:line:column.</summary>
    /// <param name="path">The case file, named in messages as it is written here.</param>
    public static (CaseDefinition? Case, IReadOnlyList<string> Problems) Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, [$"{path}: cannot read the file ({e.Message}); check that it exists and can be read"]);
        }

        var lines = text.Split('\n');
        var problems = new List<CaseFormatException>();
        var unbound = new HashSet<string>(StringComparer.Ordinal);
        var setAside = 0;
        var standIn = 0;
        for (var attempt = 0; attempt <= lines.Length; attempt++)
        {
            try
            {
                var parsed = CaseParser.Parse(string.Join('\n', lines), path);
                return (problems.Count == 0 ? parsed : null, problems.Select(p => p.Message).ToList());
            }
            catch (CaseFormatException e) when (e.File == path && e.Line == standIn)
            {
                // The stand-in does not fit there either ("'description' must come before the first step"): drop it.
                lines[e.Line - 1] = string.Empty;
                standIn = 0;
            }
            catch (CaseFormatException e)
            {
                // A problem inside an imported trace, or at or before a line already set aside, ends the search.
                if (e.File != path || e.Line <= setAside || e.Line > lines.Length)
                {
                    if (problems.Count == 0 || e.File != path)
                    {
                        problems.Add(e);
                    }

                    break;
                }

                if (!IsConsequence(e, problems, unbound))
                {
                    problems.Add(e);
                }

                // A file that does not start with its case line cannot be read any further.
                if (e.Problem.StartsWith("expected 'case NAME' first", StringComparison.Ordinal))
                {
                    break;
                }

                var line = SourceWords(lines[e.Line - 1]);
                if (line.Length >= 2 && line[1] == "=")
                {
                    unbound.Add(line[0]);
                }

                // A broken header line is replaced by a valid one, or every later line would complain that it is missing.
                var replacement = StandIn(line, IsFirstWordLine(lines, e.Line - 1));
                lines[e.Line - 1] = replacement;
                standIn = replacement.Length > 0 ? e.Line : 0;
                setAside = e.Line;
            }
        }

        return (null, problems.Select(p => p.Message).ToList());
    }

    private static bool IsConsequence(CaseFormatException problem, List<CaseFormatException> found, HashSet<string> unbound) =>
        found.Any(earlier => earlier.Problem == problem.Problem)
        || unbound.Any(name => problem.Problem.StartsWith($"zone '{name}' is used before", StringComparison.Ordinal)
            || problem.Problem.StartsWith($"block '{name}' is used before", StringComparison.Ordinal));

    private static string StandIn(string[] words, bool first) => words.FirstOrDefault() switch
    {
        "case" when first => "case set-aside",
        "description" => "description set aside",
        _ => string.Empty,
    };

    private static bool IsFirstWordLine(string[] lines, int index) =>
        lines.Take(index).All(line => SourceWords(line).Length == 0);

    // The words of a line as the parser splits them: '#' starts a comment, spaces and tabs separate.
    private static string[] SourceWords(string line)
    {
        var comment = line.IndexOf('#');
        return (comment >= 0 ? line[..comment] : line).Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
    }
}
