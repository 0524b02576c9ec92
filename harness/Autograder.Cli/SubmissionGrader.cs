using Autograder.Checking;
using Autograder.Compilation;
using Autograder.Compilation.Rules;
using Autograder.Isolation;
using Autograder.Scoring;

namespace Autograder.Cli;

/// <summary>
/// Compiles a submission, checks its code against the rubric's rules, and grades every case of the
/// rubric in an isolated worker process (sandboxed where bubblewrap is available), so nothing the
/// submission does can crash, hang or fool the grader.
/// </summary>
internal sealed class SubmissionGrader(SubmissionCompiler compiler, Rubric rubric, ReferenceAnswers reference, WorkerOptions workers, TimeLimitCalibration? calibration)
{
    private readonly IlRuleSettings _rules = RubricRuleSettings.From(rubric.Rules);

    /// <summary>Grades the submission at <paramref name="path"/>, named after its folder or file.</summary>
    public SubmissionResult Grade(string path, Action<int, string>? progress = null) =>
        Grade(path, SubmissionLaunch.NameOf(path), progress);

    /// <summary>Grades the submission at <paramref name="path"/>; <paramref name="progress"/> hears of each case (its index and name) as it starts.</summary>
    public SubmissionResult Grade(string path, string name, Action<int, string>? progress = null)
    {
        using var launch = SubmissionLaunch.Compile(compiler, path, workers, name);
        return Grade(launch, progress);
    }

    /// <summary>Grades a submission launched already (its worker perhaps started while the rubric loaded).</summary>
    public SubmissionResult Grade(SubmissionLaunch launch, Action<int, string>? progress = null)
    {
        var name = launch.Name;
        if (launch is not { Outcome: CompilationOutcome.Succeeded { Submission: var submission }, Runner: { } runner })
        {
            return new SubmissionResult(name, "does not compile:\n" + launch.Outcome, [], [], false, launch.Elapsed);
        }

        var scan = IlRuleScanner.Scan(submission.AssemblyBytes, _rules);
        var findings = scan.Findings.Select(finding => new RuleFinding(finding.RuleId, finding.Method, finding.Detail)).ToList();
        launch.LimitCasesBy(LimitOf);
        var grader = new CaseGrader(runner, reference, rubric.CheckOptions);
        var grades = new List<CaseGrade>(rubric.Cases.Count);
        foreach (var entry in rubric.Cases)
        {
            progress?.Invoke(grades.Count, entry.Name);
            var grade = grader.Grade(entry.Case);
            if (grades.Count == 0 && runner.LoadProblem is { } problem)
            {
                // No allocator class to build: every case would fail the same way, so say it once.
                return new SubmissionResult(name, problem, [], findings, runner.IsSandboxed, launch.Elapsed);
            }

            grades.Add(grade);
        }

        return new SubmissionResult(name, null, grades, findings, runner.IsSandboxed, launch.Elapsed);
    }

    // A rubric's own limit wins; "auto" means calibrated on this machine. A minimization candidate is a
    // shortened copy of a rubric case and gets that case's limit.
    private TimeSpan LimitOf(Cases.CaseDefinition @case)
    {
        var name = @case.Name.EndsWith("-minimized", StringComparison.Ordinal) ? @case.Name[..^"-minimized".Length] : @case.Name;
        var entry = rubric.Cases.FirstOrDefault(c => c.Name == name);
        var limit = entry is null || entry.TimeLimit.IsAuto ? rubric.TimeLimit : entry.TimeLimit;
        return limit.Duration ?? (entry is null ? null : calibration?.LimitOf(entry.Case)) ?? TimeLimitCalibration.Floor;
    }
}
