using System.CommandLine;
using System.Globalization;
using Autograder.Cases;
using Autograder.Checking;
using Autograder.Compilation;
using Autograder.Isolation;
using Autograder.Reports;
using Autograder.Scoring;

namespace Autograder.Cli;

/// <summary>
/// <c>autograder check [PATH] [--min-score P] [--junit FILE]</c>: the student's self-check on the public
/// cases, every failure explained in the terminal, and an exit code CI can gate on.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "Your submission: a folder of .cs files or a .dll.", DefaultValueFactory = _ => "." };
        var minimum = new Option<decimal?>("--min-score") { Description = "Exit with code 1 below this percentage. Default: the rubric's minimum." };
        var junit = new Option<string?>("--junit") { Description = "Also write a JUnit XML report here (for CI)." };
        var rubric = new Option<string?>("--rubric") { Description = "The rubric whose visible cases to run. Default: the repository's grading.json." };
        var output = new Option<string>("--out") { Description = "Where the shortest failing cases are written.", DefaultValueFactory = _ => "autograder-check" };
        var command = new Command("check", "Check your submission on the public cases, with every failure explained.")
        {
            path, minimum, junit, rubric, output,
        }.With(
            ("autograder check", "the submission in this folder"),
            ("autograder check src/ZoneAllocator --min-score 80", "exit 1 below 80%, for CI"),
            ("autograder check . --junit results.xml", "also a JUnit report for CI"));
        command.SetAction(parse => Run(
            parse.GetValue(path)!, parse.GetValue(minimum), parse.GetValue(junit), parse.GetValue(rubric), parse.GetValue(output)!, parse.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string path, decimal? minimumScore, string? junitPath, string? rubricPath, string outputFolder, TextWriter console)
    {
        if (!Directory.Exists(path) && !File.Exists(path))
        {
            throw new UserInputException($"'{path}' does not exist. Pass your submission's folder (the one with your .cs files) or a .dll.");
        }

        var root = RepositoryLayout.FindRoot();
        if (rubricPath is null && root is null)
        {
            throw new UserInputException("No --rubric given and no repository grading.json here: pass --rubric FILE, the course's grading.json.");
        }

        // A student checks again and again on the same machine: the compiled submission and the yardstick's
        // times are kept between runs, and the submission's worker, the slowest thing to start, starts while
        // the rubric loads. A second check on unchanged sources takes under a second. Whether bubblewrap works
        // here is found out once, by starting a sandbox: that starts first, out of the worker's way.
        _ = Task.Run(() => SandboxAvailability.Works);
        var cache = UserCache.Folder("check");
        var compiler = new SubmissionCompiler(cache);
        var launching = Task.Run(() =>
        {
            var launch = SubmissionLaunch.Compile(compiler, path, WorkerOptions.Default);
            launch.StartWorker();
            return launch;
        });
        try
        {
            return Check(path, root, launching, compiler, cache, minimumScore, junitPath, rubricPath, outputFolder, console);
        }
        finally
        {
            // Whatever happened, no worker outlives the check. (WaitAny does not throw: a launch that failed
            // has no worker, and its error was reported unless an earlier one stopped the check first.)
            Task.WaitAny(launching);
            if (launching.IsCompletedSuccessfully)
            {
                launching.Result.Dispose();
            }
        }
    }

    private static int Check(
        string path,
        string? root,
        Task<SubmissionLaunch> launching,
        SubmissionCompiler compiler,
        string cache,
        decimal? minimumScore,
        string? junitPath,
        string? rubricPath,
        string outputFolder,
        TextWriter console)
    {
        // Compiling report templates takes a few hundred milliseconds; it happens while the submission runs.
        var templatesFolder = root is null ? null : Path.Combine(root, "reports");
        var templates = Task.Run(() => GradeCommand.OpenTemplates(templatesFolder, junitPath is null ? ["summary.md"] : ["summary.md", "junit.xml"]));
        var full = RubricSource.Load(rubricPath, null, root);
        var rubric = full with { Cases = [.. full.Cases.Where(entry => entry.Visibility == Visibility.Visible)] };
        var minimum = minimumScore ?? rubric.MinimumScore;
        console.WriteLine($"Checking {path} on {rubric.Cases.Count} public cases ({rubric.MaxScore} points).");
        if (SandboxAvailability.Missing is { } missing)
        {
            console.WriteLine($"note: your code runs in a separate process but without a sandbox ({missing}).");
        }

        var calibration = TimeLimitCalibration.Calibrate(rubric.Cases.Select(entry => entry.Case), UserCache.TimeLimits);

        // The reference's answers are worked out while the worker may still be starting; the grader takes
        // each from there when its case comes.
        var reference = new ReferenceAnswers(rubric.Alignment);
        var answers = Task.Run(() =>
        {
            foreach (var entry in rubric.Cases)
            {
                reference.For(entry.Case);
            }
        });
        var grader = new SubmissionGrader(compiler, rubric, reference, WorkerOptions.Default, calibration);
        var result = grader.Grade(launching.GetAwaiter().GetResult());
        answers.GetAwaiter().GetResult();
        var score = result.Problem is { } problem ? Scorer.NotGraded(rubric, problem) : Scorer.Score(rubric, result.Grades, result.Findings);
        console.WriteLine();
        if (result.Problem is not null)
        {
            console.WriteLine($"Your submission could not be graded: {result.Problem}");
        }

        var width = rubric.Cases.Max(entry => entry.Name.Length);
        foreach (var caseScore in score.Cases)
        {
            var passed = caseScore.Status == CaseStatus.Passed;
            var why = caseScore.Grade is { } grade && !passed ? "  " + GradeCommand.Summary(grade) : string.Empty;
            var points = string.Create(CultureInfo.InvariantCulture, $"{caseScore.Points:0.##}/{caseScore.Max:0.##}");
            console.WriteLine($"  {Status(passed, console)}  {caseScore.Name.PadRight(width)}  {points,5}{why}");
        }

        foreach (var penalty in score.Penalties)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  penalty  -{penalty.Points:0.##}: {penalty.Reason}"));
        }

        var meets = score.Percent >= minimum;
        console.WriteLine();
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Score: {score.Total:0.##}/{score.Max:0.##} ({score.Percent:0.#}%); the minimum is {minimum:0.#}%: {(meets ? "met" : "NOT met")}."));
        ExplainFailures(result, outputFolder, console);
        // The step summary a CI job can publish (GitHub Actions: cat it into $GITHUB_STEP_SUMMARY), and JUnit on request.
        var rendered = templates.GetAwaiter().GetResult().RenderSubmission(new SubmissionReport(result.Name, score, result.Elapsed, result.Sandboxed));
        Directory.CreateDirectory(outputFolder);
        var summary = Path.Combine(outputFolder, "summary.md");
        File.WriteAllText(summary, rendered["summary.md"]);
        console.WriteLine($"Summary for CI: {summary}");
        if (junitPath is not null)
        {
            File.WriteAllText(junitPath, rendered["junit.xml"]);
            console.WriteLine($"JUnit report: {junitPath}");
        }

        return meets ? ExitCodes.Success : ExitCodes.BelowMinimum;
    }

    private static void ExplainFailures(SubmissionResult result, string outputFolder, TextWriter console)
    {
        foreach (var grade in result.Grades.Where(grade => !grade.Verdict.IsCorrect || !grade.Verdict.IsLeakFree))
        {
            (CaseDefinition, string)? minimized = null;
            if (grade.Minimized is { } shortest)
            {
                Directory.CreateDirectory(outputFolder);
                var file = Path.Combine(outputFolder, grade.Case.Name + ".case");
                File.WriteAllText(file, CaseWriter.ToText(shortest));
                minimized = (shortest, file);
            }

            console.WriteLine();
            console.WriteLine($"=== {grade.Case.Name}: {grade.Case.Description}");
            console.Write(FailureText.Render(grade.Case, grade.Verdict, minimized));
        }
    }

    // Colour only for a person at a terminal; redirected output stays plain text.
    private static string Status(bool passed, TextWriter console)
    {
        var word = passed ? "passed" : "FAILED";
        return console == Console.Out && !Console.IsOutputRedirected ? $"\u001b[{(passed ? "32" : "31")}m{word}\u001b[0m" : word;
    }
}
