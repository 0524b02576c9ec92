using System.CommandLine;
using System.Globalization;
using Autograder.Checking;
using Autograder.Compilation;
using Autograder.Isolation;

namespace Autograder.Cli;

/// <summary><c>autograder grade [PATHS...] [--cases DIR] [--out DIR]</c>: grades submissions in a batch.</summary>
internal static class GradeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Submissions: folders of .cs files, .dll files, or folders holding one submission per student. Default: the bundled samples.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var cases = new Option<string?>("--cases") { Description = "The folder of .case files to run. Default: the repository's cases/ (public and hidden)." };
        var output = new Option<string>("--out") { Description = "Where reports go, a folder per submission.", DefaultValueFactory = _ => "out" };
        var command = new Command("grade", "Grade submissions against every case and write a report per submission.") { paths, cases, output };
        command.SetAction(parse => Run(parse.GetValue(paths) ?? [], parse.GetValue(cases), parse.GetValue(output)!, parse.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string[] paths, string? casesFolder, string outputFolder, TextWriter console)
    {
        var root = RepositoryLayout.FindRoot();
        if (paths.Length == 0)
        {
            paths = [Path.Combine(root ?? throw new UserInputException("No submissions given, and no bundled samples here. Pass a submission folder or .dll."), "allocator", "samples")];
        }

        casesFolder ??= Path.Combine(root ?? throw new UserInputException("No --cases folder given, and no repository cases here. Pass --cases DIR."), "cases");
        var suite = CaseSuite.Load(casesFolder);
        var submissions = SubmissionPaths.Expand(paths);
        Directory.CreateDirectory(outputFolder);

        console.WriteLine($"Grading {submissions.Count} submissions on {suite.Count} cases into {outputFolder}{Path.DirectorySeparatorChar}");
        console.WriteLine(SandboxAvailability.Missing is { } missing
            ? $"warning: submissions run in separate processes but without a sandbox: {missing}."
            : "Submissions run in separate, sandboxed processes (bubblewrap: no network, read-only view, own user).");
        var limits = TimeLimitCalibration.Calibrate(suite);
        console.WriteLine($"Time limits: {limits.Range.Shortest.TotalSeconds:0.0} s to {limits.Range.Longest.TotalSeconds:0.0} s a case ({TimeLimitCalibration.Factor} x the bundled LinkedList sample's time on this machine, at least {TimeLimitCalibration.Floor.TotalSeconds:0} s).");
        console.WriteLine();

        var grader = new SubmissionGrader(new SubmissionCompiler(Path.Combine(outputFolder, ".compiled")), new ReferenceAnswers(), suite, WorkerOptions.Default, limits.LimitOf);
        var width = Math.Max("submission".Length, submissions.Max(path => Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(path)).Length));
        console.WriteLine($"{"submission".PadRight(width)}  correct  leak-free  first failure");
        foreach (var submission in submissions)
        {
            var result = grader.Grade(submission);
            SubmissionReportWriter.Write(result, outputFolder);
            console.WriteLine(Row(result, suite.Count, width));
        }

        console.WriteLine();
        console.WriteLine($"Each submission's failures, explained, are in {Path.Combine(outputFolder, "<submission>", "failures.txt")}.");
        return ExitCodes.Success;
    }

    private static string Row(SubmissionResult result, int cases, int width)
    {
        var name = result.Name.PadRight(width);
        if (result.Problem is not null)
        {
            return $"{name}  {"-",7}  {"-",9}  {result.Problem.Split('\n')[0]}";
        }

        var first = result.Grades.FirstOrDefault(grade => !grade.Verdict.IsCorrect) ?? result.Grades.FirstOrDefault(grade => !grade.Verdict.IsLeakFree);
        var failure = first is null ? string.Empty : $"{first.Case.Name}: {Summary(first)}";
        var correct = string.Create(CultureInfo.InvariantCulture, $"{result.Correct}/{cases}");
        var leakFree = string.Create(CultureInfo.InvariantCulture, $"{result.LeakFree}/{cases}");
        return $"{name}  {correct,7}  {leakFree,9}  {failure}".TrimEnd();
    }

    private static string Summary(CaseGrade grade) => grade.Verdict.Divergence is { } divergence
        ? FailureText.Headline(divergence.Kind)
        : string.Create(CultureInfo.InvariantCulture, $"leaks {grade.Verdict.LeakedBytes} bytes");
}
