using System.CommandLine;
using System.Globalization;
using Autograder.Checking;
using Autograder.Compilation;
using Autograder.Isolation;
using Autograder.Reports;

namespace Autograder.Cli;

/// <summary>
/// <c>autograder grade [PATHS...] [--rubric FILE | --cases DIR] [--out DIR] [--jobs N] [--shard i/n] [--regrade] [--templates DIR]</c>:
/// grades submissions in a batch, several at a time, and writes their reports and the class's gradebook.
/// </summary>
internal static class GradeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Submissions: folders of .cs files, .dll files, or folders or .zip files holding one submission per student. Default: the bundled samples.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var rubric = new Option<string?>("--rubric") { Description = "The rubric (cases, points, rules). Default: the repository's grading.json." };
        var cases = new Option<string?>("--cases") { Description = "Grade every .case file in this folder, 4 points each, instead of a rubric." };
        var output = new Option<string>("--out") { Description = "Where reports go: a folder per submission, the gradebook beside them.", DefaultValueFactory = _ => "out" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "How many submissions to grade at once. Default: one per processor.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var shard = new Option<string?>("--shard") { Description = "Grade only share i of n of the submissions (1 <= i <= n), for a batch split across machines; combine the shares with 'autograder merge'." };
        var regrade = new Option<bool>("--regrade") { Description = "Grade every submission again, even those already graded in --out." };
        var templates = new Option<string?>("--templates") { Description = "A folder of report templates that replace the built-in ones (see reports/README.md)." };
        var command = new Command("grade", "Grade submissions against every case of a rubric and write a report per submission.")
        {
            paths, rubric, cases, output, jobs, shard, regrade, templates,
        }.With(
            ("autograder grade", "grade the bundled samples into ./out"),
            ("autograder grade submissions/ --out out --jobs 4", "a class: one folder per student"),
            ("autograder grade submissions.zip --rubric grading.json", "a Gradescope or LMS export"),
            ("autograder grade submissions/ --shard 2/8 --out out/shard-2", "the second of eight machines"),
            ("autograder merge out/shard-* --out out", "one gradebook from every shard"));
        command.SetAction(parse => Run(new GradeSettings(
            parse.GetValue(paths) ?? [],
            parse.GetValue(rubric),
            parse.GetValue(cases),
            parse.GetValue(output)!,
            parse.GetValue(jobs),
            parse.GetValue(shard) is { } text ? Shard.Parse(text) : Shard.Whole,
            parse.GetValue(regrade),
            parse.GetValue(templates),
            parse.GetValue<bool>("--verbose")), parse.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(GradeSettings settings, TextWriter console)
    {
        if (settings.Jobs < 1)
        {
            throw new UserInputException($"--jobs {settings.Jobs} is not a number of jobs: pass 1 or more (this machine has {Environment.ProcessorCount} processors).");
        }

        var root = RepositoryLayout.FindRoot();
        var paths = settings.Paths.Length > 0
            ? settings.Paths
            : [Path.Combine(root ?? throw new UserInputException("No submissions given, and no bundled samples here. Pass a submission folder, .dll or .zip."), "allocator", "samples")];
        var rubric = RubricSource.Load(settings.RubricPath, settings.CasesFolder, root);
        var reports = OpenTemplates(settings.TemplatesFolder ?? (root is null ? null : Path.Combine(root, "reports")));
        var outputFolder = settings.OutputFolder;
        Directory.CreateDirectory(outputFolder);
        var everything = SubmissionPaths.Expand(paths, Path.Combine(outputFolder, ".unpacked"));
        var submissions = everything.Where(submission => settings.Shard.Holds(submission.Ordinal)).ToList();

        var plan = GradeBatch.Plan(rubric, outputFolder, submissions, everything.Count, settings.Regrade);
        var share = settings.Shard == Shard.Whole ? $"{submissions.Count} submissions" : $"shard {settings.Shard}: {submissions.Count} of {everything.Count} submissions";
        console.WriteLine($"Grading {share} on {rubric.Cases.Count} cases ({rubric.MaxScore} points) into {outputFolder}{Path.DirectorySeparatorChar}");
        if (plan.Finished.Count > 0)
        {
            console.WriteLine($"{plan.Finished.Count} of them were graded before, unchanged since, and keep their results (pass --regrade to grade them again).");
        }

        console.WriteLine(SandboxAvailability.Missing is { } missing
            ? $"warning: submissions run in separate processes but without a sandbox: {missing}."
            : "Submissions run in separate, sandboxed processes (bubblewrap: no network, read-only view, own user).");
        TimeLimitCalibration? calibration = null;
        if (plan.Finished.Count < submissions.Count)
        {
            calibration = TimeLimitCalibration.Calibrate(rubric.Cases.Select(entry => entry.Case), UserCache.TimeLimits);
            console.WriteLine($"Time limits: {calibration.Range.Shortest.TotalSeconds:0.0} s to {calibration.Range.Longest.TotalSeconds:0.0} s a case ({TimeLimitCalibration.Factor} x the bundled LinkedList sample's time on this machine, at least {TimeLimitCalibration.Floor.TotalSeconds:0} s), where the rubric says auto.");
        }

        var grader = new SubmissionGrader(
            new SubmissionCompiler(Path.Combine(outputFolder, ".compiled")), rubric, new ReferenceAnswers(rubric.Alignment), WorkerOptions.Default, calibration);
        var batch = new GradeBatch(grader, rubric, reports, outputFolder);
        console.WriteLine();
        var table = BatchTable.For(submissions);
        console.WriteLine(table.Header);
        var jobs = Math.Min(settings.Jobs, Math.Max(1, submissions.Count - plan.Finished.Count));
        var outcome = LiveBatchProgress.Suits(console)
            ? LiveBatchProgress.Show(table, submissions.Count, progress => batch.Run(plan, jobs, progress))
            : batch.Run(plan, jobs, new PlainBatchProgress(console, table, submissions));

        reports.WriteClass(outputFolder, [.. outcome.Records.Select(record => record.Row)]);
        console.WriteLine();
        console.WriteLine($"Reports: {Path.Combine(outputFolder, "<submission>")}{Path.DirectorySeparatorChar} (results.json for Gradescope, report.html, report.md, junit.xml, summary.md).");
        console.WriteLine($"Class: {Path.Combine(outputFolder, "gradebook.csv")} and {Path.Combine(outputFolder, "class-summary.html")}.");
        if (outcome.Failures.Count == 0)
        {
            return ExitCodes.Success;
        }

        foreach (var (submission, error) in outcome.Failures)
        {
            Console.Error.WriteLine($"internal error: grading {submission.Name} failed: {(settings.Verbose ? error.ToString() : $"{error.GetType().Name}: {error.Message}")}");
        }

        Console.Error.WriteLine($"The grader failed on {outcome.Failures.Count} submission(s); every other result is written. Run the same command again to retry only those; if it fails again, report it as a bug with the output of --verbose.");
        return ExitCodes.InternalError;
    }

    internal static ReportWriter OpenTemplates(string? folder, IEnumerable<string>? files = null)
    {
        try
        {
            var existing = folder is not null && Directory.Exists(folder) ? folder : null;
            return files is null ? new ReportWriter(existing) : new ReportWriter(existing, files);
        }
        catch (ReportTemplateException e)
        {
            throw new UserInputException(e.Message);
        }
    }

    internal static string Summary(CaseGrade grade) => grade.Verdict.Divergence is { } divergence
        ? FailureText.Headline(divergence.Kind)
        : string.Create(CultureInfo.InvariantCulture, $"leaks {grade.Verdict.LeakedBytes} bytes");
}
