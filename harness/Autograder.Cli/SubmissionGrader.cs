using System.Runtime.Loader;
using Autograder.Cases;
using Autograder.Checking;
using Autograder.Compilation;
using Autograder.Execution;

namespace Autograder.Cli;

/// <summary>
/// Compiles a submission, finds its allocator and grades every case against it. Runs the submission in
/// this process, in its own collectible load context: no isolation from hostile code yet.
/// </summary>
internal sealed class SubmissionGrader(SubmissionCompiler compiler, ReferenceAnswers reference, IReadOnlyList<CaseDefinition> cases)
{
    public SubmissionResult Grade(string path, Action<string>? progress = null)
    {
        var name = Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(path));
        var outcome = compiler.Compile(path);
        if (outcome is CompilationOutcome.Failed failed)
        {
            return new SubmissionResult(name, "does not compile:\n" + failed, []);
        }

        var submission = ((CompilationOutcome.Succeeded)outcome).Submission;
        var context = new AssemblyLoadContext(name, isCollectible: true);
        try
        {
            var allocator = SubmittedAllocator.Find(submission.LoadInto(context));
            var grader = new CaseGrader(new InProcessCaseRunner(allocator), reference);
            var grades = new List<CaseGrade>(cases.Count);
            foreach (var @case in cases)
            {
                progress?.Invoke(@case.Name);
                grades.Add(grader.Grade(@case));
            }

            return new SubmissionResult(name, null, grades);
        }
        catch (AllocatorDiscoveryException e)
        {
            return new SubmissionResult(name, e.Message, []);
        }
        finally
        {
            context.Unload();
        }
    }
}
