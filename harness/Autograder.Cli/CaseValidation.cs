using System.Globalization;
using Autograder.Cases;
using Autograder.Checking;
using Autograder.Scoring;

namespace Autograder.Cli;

/// <summary>
/// <c>autograder cases validate</c>: reads the rubric and every case file it names (or every .case file
/// under a folder) and reports every problem, one line each naming the file and line and what to fix,
/// including expectations (<c>-&gt; ...</c>) the reference does not agree with.
/// </summary>
internal static class CaseValidation
{
    public static int Run(string? rubricPath, string? casesFolder, TextWriter console)
    {
        var problems = new List<string>();
        int cases;
        string subject;
        if (casesFolder is not null)
        {
            var files = CaseSuite.Files(casesFolder);
            var read = ReadEach(files, new ReferenceAnswers(), problems);
            problems.AddRange(DuplicateNames(read));
            (cases, subject) = (read.Count, $"{Count(files.Count, "case file")} in {FolderName(casesFolder)}");
        }
        else
        {
            var root = RepositoryLayout.FindRoot();
            var path = rubricPath ?? (root is null
                ? throw new UserInputException("No --rubric given and no repository grading.json here. Pass --rubric FILE or --cases DIR.")
                : Path.Combine(root, "grading.json"));
            var files = RubricLoader.CaseFiles(path).Select(file => CasePaths.Shown(file)).ToList();
            try
            {
                var rubric = RubricLoader.Load(path);
                var reference = new ReferenceAnswers(rubric.Alignment);
                problems.AddRange(rubric.Cases.SelectMany(entry => Disagreements(reference, entry.Case)));
                cases = rubric.Cases.Count;
            }
            catch (RubricException e)
            {
                // The loader stops at its first problem, so every case file is read here on its own; the rubric's
                // alignment is not known then, so expectations are checked with the default one.
                var read = ReadEach(files, new ReferenceAnswers(), problems);
                cases = read.Count;
                if (problems.Any(problem => e.Message.EndsWith(problem, StringComparison.Ordinal)))
                {
                    // The loader stopped at a broken case file, before it could compare the case names.
                    problems.AddRange(DuplicateNames(read));
                }
                else
                {
                    problems.Insert(0, e.Message);
                }
            }

            var shown = CasePaths.Shown(path);
            subject = files.Count == 0 ? shown : $"{shown} and its {Count(files.Count, "case file")}";
        }

        foreach (var problem in problems)
        {
            console.WriteLine(problem);
        }

        if (problems.Count == 0)
        {
            console.WriteLine(casesFolder is null
                ? string.Create(CultureInfo.InvariantCulture, $"{cases} cases and the rubric are valid.")
                : $"{Count(cases, "case")} in {FolderName(casesFolder)} {(cases == 1 ? "is" : "are")} valid.");
            return ExitCodes.Success;
        }

        console.WriteLine();
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{problems.Count} {(problems.Count == 1 ? "problem" : "problems")} in {subject}. Fix each line above, then run 'autograder cases validate' again."));
        return ExitCodes.UserError;
    }

    // Each file's problems, then (when it parses) where its expectations disagree with the reference.
    private static List<CaseDefinition> ReadEach(IEnumerable<string> files, ReferenceAnswers reference, List<string> problems)
    {
        var cases = new List<CaseDefinition>();
        foreach (var file in files)
        {
            var (@case, found) = CaseFileProblems.Read(file);
            problems.AddRange(found);
            if (@case is not null)
            {
                problems.AddRange(Disagreements(reference, @case));
                cases.Add(@case);
            }
        }

        return cases;
    }

    private static IEnumerable<string> Disagreements(ReferenceAnswers reference, CaseDefinition @case) =>
        reference.Disagreements(@case).Select(disagreement => disagreement + "; write what the reference gives, or remove the expectation");

    // Results and the gradebook are keyed by case name, so a folder of cases needs unique names as a rubric does.
    private static IEnumerable<string> DuplicateNames(IReadOnlyList<CaseDefinition> cases)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var @case in cases)
        {
            if (!owners.TryAdd(@case.Name, @case.Source))
            {
                yield return $"{@case.Source}:{CaseLine(@case.Source)}: the case name '{@case.Name}' is already used by {owners[@case.Name]}; give this case a name of its own on its 'case' line";
            }
        }
    }

    private static string FolderName(string folder) =>
        CasePaths.Shown(folder) is var relative && relative == "." ? "this folder" : relative;

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private static int CaseLine(string file) =>
        File.ReadLines(file).Select((line, index) => (line, index)).FirstOrDefault(pair => pair.line.TrimStart().StartsWith("case", StringComparison.Ordinal)).index + 1;
}
