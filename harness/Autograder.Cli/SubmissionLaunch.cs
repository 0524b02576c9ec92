using System.Diagnostics;
using Autograder.Cases;
using Autograder.Compilation;
using Autograder.Execution;
using Autograder.Isolation;

namespace Autograder.Cli;

/// <summary>
/// The part of grading a submission that needs no rubric: compiling it and, when it compiled, its worker.
/// The self-check launches it first and starts the worker on a case of no steps, which takes most of a
/// second check's time, while it loads the rubric and works out the reference's answers.
/// </summary>
internal sealed class SubmissionLaunch : IDisposable
{
    // Starts the worker and builds the submission's allocator once, with nothing to observe: what a case
    // then sees is what it would see in a worker started for it.
    private static readonly CaseDefinition NoSteps = new()
    {
        Name = "worker-start",
        Description = "No steps: starts the worker before the rubric's first case.",
        Steps = [],
        ZoneNames = [],
        BlockNames = [],
    };

    private readonly Stopwatch _clock;
    private Func<CaseDefinition, TimeSpan> _timeLimit = _ => TimeLimitCalibration.Floor;

    private SubmissionLaunch(string name, CompilationOutcome outcome, WorkerOptions workers, Stopwatch clock)
    {
        Name = name;
        Outcome = outcome;
        _clock = clock;
        if (outcome is CompilationOutcome.Succeeded { Submission: var submission })
        {
            Runner = new IsolatedCaseRunner(submission, workers, @case => _timeLimit(@case));
        }
    }

    /// <summary>The submission's name: its folder or file name.</summary>
    public string Name { get; }

    /// <summary>What compiling it gave.</summary>
    public CompilationOutcome Outcome { get; }

    /// <summary>The runner of its cases, or null when it did not compile.</summary>
    public IsolatedCaseRunner? Runner { get; }

    /// <summary>The time since the launch began.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Compiles the submission at <paramref name="path"/>, named <paramref name="name"/> (default: its folder or file name); its worker starts with the first case run.</summary>
    public static SubmissionLaunch Compile(SubmissionCompiler compiler, string path, WorkerOptions workers, string? name = null)
    {
        var clock = Stopwatch.StartNew();
        name ??= NameOf(path);
        return new SubmissionLaunch(name, compiler.Compile(path), workers, clock);
    }

    /// <summary>
    /// A submission's name: its folder's name (also for <c>.</c>, the folder a student checks from), or its
    /// file's name without <c>.dll</c>.
    /// </summary>
    public static string NameOf(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        return Directory.Exists(full) ? Path.GetFileName(full) : Path.GetFileNameWithoutExtension(full);
    }

    /// <summary>Starts the worker now, if the submission compiled, and waits until it is ready for cases.</summary>
    public void StartWorker() => Runner?.Run(NoSteps, ExecutionOptions.Default);

    /// <summary>From now on, a case run gets the time <paramref name="timeLimit"/> gives it.</summary>
    public void LimitCasesBy(Func<CaseDefinition, TimeSpan> timeLimit) => _timeLimit = timeLimit;

    /// <summary>Stops the worker and removes its files.</summary>
    public void Dispose() => Runner?.Dispose();
}
