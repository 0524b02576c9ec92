using System.Globalization;
using System.Text;
using Autograder.Cases;
using Autograder.Checking;

namespace Autograder.Cli;

/// <summary>
/// The instructor's view of a submission, beside its reports: every failure explained, hidden cases
/// included, in instructor-notes.txt, and each minimized case as a file. Not for students: the reports
/// (report.html, results.json) are what students see.
/// </summary>
internal static class InstructorNotes
{
    public static string Write(SubmissionResult result, string outputRoot)
    {
        var folder = Path.Combine(outputRoot, result.Name);
        var minimizedFolder = Path.Combine(folder, "minimized");
        if (Directory.Exists(minimizedFolder))
        {
            Directory.Delete(minimizedFolder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var text = new StringBuilder("Instructor only: this file explains hidden cases too. Students get report.html and results.json.\n\n");
        if (result.Problem is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"{result.Name} could not be graded: {result.Problem}\n");
        }

        foreach (var grade in result.Grades.Where(grade => !grade.Verdict.IsCorrect || !grade.Verdict.IsLeakFree))
        {
            (CaseDefinition, string)? minimized = null;
            if (grade.Minimized is { } shortest)
            {
                Directory.CreateDirectory(minimizedFolder);
                var path = Path.Combine(minimizedFolder, grade.Case.Name + ".case");
                File.WriteAllText(path, CaseWriter.ToText(shortest));
                minimized = (shortest, CasePaths.Shown(path));
            }

            text.Append(CultureInfo.InvariantCulture, $"=== {grade.Case.Name}: {grade.Case.Description}\n");
            text.Append(FailureText.Render(grade.Case, grade.Verdict, minimized)).Append('\n');
        }

        if (result.Problem is null && result.Grades.All(grade => grade.Verdict.IsCorrect && grade.Verdict.IsLeakFree))
        {
            text.Append(CultureInfo.InvariantCulture, $"{result.Name} passed every case and leaked nothing.\n");
        }

        var report = Path.Combine(folder, "instructor-notes.txt");
        File.WriteAllText(report, text.ToString());
        return report;
    }
}
