using System.Globalization;
using System.Text;
using Autograder.Cases;
using Autograder.Checking;

namespace Autograder.Cli;

/// <summary>
/// Writes what a student needs to fix a submission into its own folder: every failure explained, in
/// failures.txt, and each minimized case as a file they can run.
/// </summary>
internal static class SubmissionReportWriter
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
        var text = new StringBuilder();
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
                minimized = (shortest, Path.GetRelativePath(Environment.CurrentDirectory, path));
            }

            text.Append(CultureInfo.InvariantCulture, $"=== {grade.Case.Name}: {grade.Case.Description}\n");
            text.Append(FailureText.Render(grade.Case, grade.Verdict, minimized)).Append('\n');
        }

        if (text.Length == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{result.Name} passed every case and leaked nothing.\n");
        }

        var report = Path.Combine(folder, "failures.txt");
        File.WriteAllText(report, text.ToString());
        return report;
    }
}
