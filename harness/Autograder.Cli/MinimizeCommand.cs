using System.CommandLine;
using Autograder.Cases;
using Autograder.Checking;
using Autograder.Compilation;
using Autograder.Isolation;

namespace Autograder.Cli;

/// <summary>
/// <c>autograder minimize SUBMISSION CASE [--rubric FILE] [--out FILE]</c>: runs one case on a submission
/// in a worker process and, when it fails, writes the shortest case that still fails the same way, with the
/// reference's answers as its expectations.
/// </summary>
internal static class MinimizeCommand
{
    public static Command Create()
    {
        var submission = new Argument<string>("submission") { Description = "Your submission: a folder of .cs files or a .dll." };
        var @case = new Argument<string>("case") { Description = "A case name from the rubric ('autograder cases list' shows them), or the path of a .case file." };
        var rubric = new Option<string?>("--rubric") { Description = "The rubric to find CASE in. Default: the repository's grading.json." };
        var output = new Option<string?>("--out") { Description = "Where to write the shortest failing case. Default: CASE-minimized.case in this folder." };
        var command = new Command(
            "minimize",
            "Run one case on your submission; when it fails, explain why and write the shortest case that still fails the same way, with the reference's answers in it.")
        {
            submission, @case, rubric, output,
        }.With(
            ("autograder minimize . first-fit-takes-the-lowest-hole", "the submission here, a public case by name"),
            ("autograder minimize path/to/submission cases/public/10-coalesce-both-sides.case --out shortest.case", "a case file, written where you say"),
            ("autograder cases show first-fit-takes-the-lowest-hole-minimized.case", "then step through what it wrote"));
        command.SetAction(parse => Run(
            parse.GetValue(submission)!, parse.GetValue(@case)!, parse.GetValue(rubric), parse.GetValue(output), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string submission, string caseArgument, string? rubricPath, string? outputPath, TextWriter console, TextWriter error)
    {
        if (!Directory.Exists(submission) && !File.Exists(submission))
        {
            throw new UserInputException($"'{submission}' does not exist. Pass your submission's folder (the one with your .cs files) or a .dll.");
        }

        if (outputPath is not null && Path.GetDirectoryName(Path.GetFullPath(outputPath)) is { } folder && !Directory.Exists(folder))
        {
            throw new UserInputException($"--out {outputPath}: the folder '{folder}' does not exist; create it or write the case elsewhere");
        }

        var (rubric, entry) = CaseLookup.Find(caseArgument, rubricPath);
        console.WriteLine($"Running {entry.Name} ({entry.Case.Steps.Count} steps) on {submission}.");
        if (SandboxAvailability.Missing is { } missing)
        {
            console.WriteLine($"note: your code runs in a separate process but without a sandbox ({missing}).");
        }

        var calibration = TimeLimitCalibration.Calibrate([entry.Case], UserCache.TimeLimits);
        var cache = UserCache.Folder("check");
        var grader = new SubmissionGrader(
            new SubmissionCompiler(cache), rubric with { Cases = [entry] }, new ReferenceAnswers(rubric.Alignment), WorkerOptions.Default, calibration);
        var result = grader.Grade(submission);
        if (result.Problem is { } problem)
        {
            // "does not compile:" and the compiler's messages, or why no allocator could be built from it.
            error.WriteLine(problem.StartsWith("does not compile", StringComparison.Ordinal) ? $"error: {result.Name} {problem}" : $"error: {problem}");
            return ExitCodes.UserError;
        }

        var grade = result.Grades[0];
        if (grade.Verdict.IsCorrect && grade.Verdict.IsLeakFree)
        {
            console.WriteLine($"{entry.Name} passes: every step agrees with the reference and nothing leaks. There is nothing to minimize; nothing was written.");
            return ExitCodes.Success;
        }

        (CaseDefinition, string)? written = null;
        if (grade.Minimized is { } shortest)
        {
            var path = outputPath ?? shortest.Name + ".case";
            File.WriteAllText(path, CaseWriter.ToText(shortest));
            written = (shortest, path);
        }

        console.WriteLine();
        console.WriteLine($"=== {grade.Case.Name}: {grade.Case.Description}");
        console.Write(FailureText.Render(grade.Case, grade.Verdict, written));
        if (written is var (minimal, file))
        {
            console.WriteLine();
            console.WriteLine($"Wrote {file}: {minimal.Steps.Count} of {grade.Case.Steps.Count} steps, each with what the reference does. Step through it with: autograder cases show {file}");
        }

        return ExitCodes.Success;
    }
}
