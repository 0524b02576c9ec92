using System.CommandLine;
using System.Globalization;
using Autograder.Checking;
using Autograder.Compilation;
using Autograder.Isolation;
using Autograder.Reports;
using Autograder.Scoring;

namespace Autograder.Cli;

/// <summary>
/// <c>autograder grade [PATHS...] [--rubric FILE | --cases DIR] [--out DIR] [--templates DIR]</c>:
/// grades submissions in a batch and writes their reports and the class's gradebook.
/// </summary>
internal static class GradeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Submissions: folders of .cs files, .dll files, or folders holding one submission per student. Default: the bundled samples.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var rubric = new Option<string?>("--rubric") { Description = "The rubric (cases, points, rules). Default: the repository's grading.json." };
        var cases = new Option<string?>("--cases") { Description = "Grade every .case file in this folder, 4 points each, instead of a rubric." };
        var output = new Option<string>("--out") { Description = "Where reports go: a folder per submission, the gradebook beside them.", DefaultValueFactory = _ => "out" };
        var templates = new Option<string?>("--templates") { Description = "A folder of report templates that replace the built-in ones (see reports/README.md)." };
        var command = new Command("grade", "Grade submissions against every case of a rubric and write a report per submission.") { paths, rubric, cases, output, templates };
        command.SetAction(parse => Run(
            parse.GetValue(paths) ?? [], parse.GetValue(rubric), parse.GetValue(cases), parse.GetValue(output)!, parse.GetValue(templates), parse.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string[] paths, string? rubricPath, string? casesFolder, string outputFolder, string? templatesFolder, TextWriter console)
    {
        var root = RepositoryLayout.FindRoot();
        if (paths.Length == 0)
        {
            paths = [Path.Combine(root ?? throw new UserInputException("No submissions given, and no bundled samples here. Pass a submission folder or .dll."), "allocator", "samples")];
        }

        var rubric = RubricSource.Load(rubricPath, casesFolder, root);
        var reports = OpenTemplates(templatesFolder ?? (root is null ? null : Path.Combine(root, "reports")));
        var submissions = SubmissionPaths.Expand(paths);
        Directory.CreateDirectory(outputFolder);

        console.WriteLine($"Grading {submissions.Count} submissions on {rubric.Cases.Count} cases ({rubric.MaxScore} points) into {outputFolder}{Path.DirectorySeparatorChar}");
        console.WriteLine(SandboxAvailability.Missing is { } missing
            ? $"warning: submissions run in separate processes but without a sandbox: {missing}."
            : "Submissions run in separate, sandboxed processes (bubblewrap: no network, read-only view, own user).");
        var calibration = TimeLimitCalibration.Calibrate(rubric.Cases.Select(entry => entry.Case));
        console.WriteLine($"Time limits: {calibration.Range.Shortest.TotalSeconds:0.0} s to {calibration.Range.Longest.TotalSeconds:0.0} s a case ({TimeLimitCalibration.Factor} x the bundled LinkedList sample's time on this machine, at least {TimeLimitCalibration.Floor.TotalSeconds:0} s), where the rubric says auto.");
        console.WriteLine();

        var grader = new SubmissionGrader(
            new SubmissionCompiler(Path.Combine(outputFolder, ".compiled")), rubric, new ReferenceAnswers(rubric.Alignment), WorkerOptions.Default, calibration);
        var width = Math.Max("submission".Length, submissions.Max(path => Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(path)).Length));
        console.WriteLine($"{"submission".PadRight(width)}  {"score",9}  correct  leak-free  first failure");
        var graded = new List<SubmissionReport>();
        foreach (var submission in submissions)
        {
            var result = grader.Grade(submission);
            var score = result.Problem is { } problem ? Scorer.NotGraded(rubric, problem) : Scorer.Score(rubric, result.Grades, result.Findings);
            var report = new SubmissionReport(result.Name, score, result.Elapsed, result.Sandboxed);
            reports.WriteSubmission(outputFolder, report);
            InstructorNotes.Write(result, outputFolder);
            graded.Add(report);
            console.WriteLine(Row(result, score, rubric.Cases.Count, width));
        }

        reports.WriteClass(outputFolder, graded);
        console.WriteLine();
        console.WriteLine($"Reports: {Path.Combine(outputFolder, "<submission>")}{Path.DirectorySeparatorChar} (results.json for Gradescope, report.html, report.md, junit.xml, summary.md).");
        console.WriteLine($"Class: {Path.Combine(outputFolder, "gradebook.csv")} and {Path.Combine(outputFolder, "class-summary.html")}.");
        return ExitCodes.Success;
    }

    internal static ReportWriter OpenTemplates(string? folder)
    {
        try
        {
            return new ReportWriter(folder is not null && Directory.Exists(folder) ? folder : null);
        }
        catch (ReportTemplateException e)
        {
            throw new UserInputException(e.Message);
        }
    }

    private static string Row(SubmissionResult result, SubmissionScore score, int cases, int width)
    {
        var name = result.Name.PadRight(width);
        var points = string.Create(CultureInfo.InvariantCulture, $"{score.Total:0.##}/{score.Max:0.##}");
        if (result.Problem is not null)
        {
            return $"{name}  {points,9}  {"-",7}  {"-",9}  {result.Problem.Split('\n')[0]}";
        }

        var first = result.Grades.FirstOrDefault(grade => !grade.Verdict.IsCorrect) ?? result.Grades.FirstOrDefault(grade => !grade.Verdict.IsLeakFree);
        var failure = first is null ? string.Empty : $"{first.Case.Name}: {Summary(first)}";
        var correct = string.Create(CultureInfo.InvariantCulture, $"{result.Correct}/{cases}");
        var leakFree = string.Create(CultureInfo.InvariantCulture, $"{result.LeakFree}/{cases}");
        return $"{name}  {points,9}  {correct,7}  {leakFree,9}  {failure}".TrimEnd();
    }

    internal static string Summary(CaseGrade grade) => grade.Verdict.Divergence is { } divergence
        ? FailureText.Headline(divergence.Kind)
        : string.Create(CultureInfo.InvariantCulture, $"leaks {grade.Verdict.LeakedBytes} bytes");
}
