using Autograder.Cases;
using Autograder.Checking;
using Autograder.Compilation;
using Autograder.Isolation;

namespace Autograder.Cli;

/// <summary>
/// Compiles a submission and grades every case against it in an isolated worker process (sandboxed
/// where bubblewrap is available), so nothing the submission does can crash, hang or fool the grader.
/// </summary>
internal sealed class SubmissionGrader(
    SubmissionCompiler compiler,
    ReferenceAnswers reference,
    IReadOnlyList<CaseDefinition> cases,
    WorkerOptions workers,
    Func<CaseDefinition, TimeSpan> timeLimit)
{
    public SubmissionResult Grade(string path, Action<string>? progress = null)
    {
        var name = Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(path));
        var outcome = compiler.Compile(path);
        if (outcome is CompilationOutcome.Failed failed)
        {
            return new SubmissionResult(name, "does not compile:\n" + failed, []);
        }

        using var runner = new IsolatedCaseRunner(((CompilationOutcome.Succeeded)outcome).Submission, workers, timeLimit);
        var grader = new CaseGrader(runner, reference);
        var grades = new List<CaseGrade>(cases.Count);
        foreach (var @case in cases)
        {
            progress?.Invoke(@case.Name);
            var grade = grader.Grade(@case);
            if (grades.Count == 0 && runner.LoadProblem is { } problem)
            {
                // No allocator class to build: every case would fail the same way, so say it once.
                return new SubmissionResult(name, problem, []);
            }

            grades.Add(grade);
        }

        return new SubmissionResult(name, null, grades);
    }
}
