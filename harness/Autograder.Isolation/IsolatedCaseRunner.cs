using Autograder.Cases;
using Autograder.Compilation;
using Autograder.Execution;
using Autograder.Execution.Channel;

namespace Autograder.Isolation;

/// <summary>
/// Runs cases against a submission in a separate worker process, sandboxed where possible. A case that
/// runs out of time is stopped with the stack of the code that was running; a crash is reported with the
/// runtime's own explanation; either way a fresh worker takes the next case. The worker's observations
/// are checked for shape before they are believed.
/// </summary>
public sealed class IsolatedCaseRunner : ICaseRunner, IDisposable
{
    private readonly CompiledSubmission _submission;
    private readonly WorkerOptions _options;
    private readonly Func<CaseDefinition, TimeSpan> _timeLimit;
    private readonly WorkerStage _stage;
    private readonly WorkerCgroup _cgroup;
    private readonly FrameWriter _request = new();
    private WorkerProcess? _worker;
    private string? _loadProblem;

    /// <summary>Creates a runner for <paramref name="submission"/>; the worker starts with the first case.</summary>
    /// <param name="submission">The compiled submission.</param>
    /// <param name="options">How workers are started and bounded.</param>
    /// <param name="timeLimit">The time limit of each case; by default <see cref="WorkerOptions.CaseTimeLimit"/>.</param>
    public IsolatedCaseRunner(CompiledSubmission submission, WorkerOptions? options = null, Func<CaseDefinition, TimeSpan>? timeLimit = null)
    {
        _submission = submission ?? throw new ArgumentNullException(nameof(submission));
        _options = options ?? WorkerOptions.Default;
        _timeLimit = timeLimit ?? (_ => _options.CaseTimeLimit);
        _stage = new WorkerStage(submission);
        _cgroup = WorkerCgroup.Create(_options.MemoryLimit, _options.ProcessLimit);
        IsSandboxed = WorkerCommand.IsSandboxed(_options);
    }

    /// <summary>Whether the worker runs inside the sandbox.</summary>
    public bool IsSandboxed { get; }

    /// <summary>Whether a cgroup limits the worker's memory and processes.</summary>
    public bool IsCgroupLimited => _cgroup.IsLimiting;

    /// <summary>Why the submission's allocator could not be built (no such class, no suitable constructor), or null.</summary>
    public string? LoadProblem => _loadProblem;

    /// <summary>Workers started so far: one, plus one after every crash or time-out.</summary>
    public int WorkersStarted { get; private set; }

    /// <inheritdoc />
    public CaseObservation Run(CaseDefinition @case, ExecutionOptions options)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var worker = EnsureWorker(out var startFault);
        if (worker is null)
        {
            return new CaseObservation { Steps = [], Fault = startFault };
        }

        // The whole case goes in one frame and every observation comes back in one: two pipe transfers a case.
        var operations = CaseOperations.Of(@case);
        _stage.ResetProgress();
        WorkerProtocol.WriteRun(_request, operations, options);
        if (!worker.TrySend(_request))
        {
            return Crashed(@case, worker, null);
        }

        var limit = _timeLimit(@case);
        var (outcome, frame, problem) = worker.Receive(limit);
        switch (outcome)
        {
            case ReceiveOutcome.TimedOut:
                return TimedOut(worker, limit);
            case ReceiveOutcome.Closed:
                return Crashed(@case, worker, null);
            case ReceiveOutcome.Garbled:
                return Crashed(@case, worker, $"the worker sent a garbled message ({problem})");
        }

        using (frame)
        {
            if (frame!.Kind != WorkerMessageKind.CaseEnd)
            {
                return Crashed(@case, worker, $"the worker sent a {WorkerProtocol.Describe(frame.Kind)} message out of turn");
            }

            try
            {
                return WorkerProtocol.ReadCaseEnd(frame, operations);
            }
            catch (ChannelProtocolException e)
            {
                return Crashed(@case, worker, $"the worker sent a garbled message ({e.Message})");
            }
        }
    }

    /// <summary>Stops the worker and removes its files.</summary>
    public void Dispose()
    {
        _worker?.Dispose();
        _worker = null;
        _stage.Dispose();
        _cgroup.Dispose();
        _request.Dispose();
    }

    private WorkerProcess? EnsureWorker(out string? fault)
    {
        fault = _loadProblem;
        if (_worker is not null || _loadProblem is not null)
        {
            return _worker;
        }

        var worker = WorkerProcess.Start(WorkerCommand.Build(_stage, _options));
        WorkersStarted++;
        var (outcome, frame, problem) = worker.Receive(_options.StartTimeLimit);
        string? loadProblem = null;
        if (frame is not null)
        {
            using (frame)
            {
                try
                {
                    loadProblem = WorkerProtocol.ReadReady(frame);
                }
                catch (ChannelProtocolException e)
                {
                    (outcome, problem) = (ReceiveOutcome.Garbled, e.Message);
                }
            }
        }

        if (outcome == ReceiveOutcome.Message && loadProblem is null)
        {
            // Ready comes before any of the submission's code has run: limit it now.
            _cgroup.Add(HangDiagnosis.WorkerProcessId(worker.Id));
            _worker = worker;
            return worker;
        }

        fault = loadProblem is { } load
            ? _loadProblem = load
            : outcome == ReceiveOutcome.TimedOut
                ? $"the worker did not start within {_options.StartTimeLimit.TotalSeconds:0} s"
                : $"the worker failed to start: {problem ?? CrashDiagnosis.Describe(worker.ExitCode(TimeSpan.FromSeconds(2)), worker.StandardError)}";
        worker.Kill();
        worker.Dispose();
        return null;
    }

    private CaseObservation TimedOut(WorkerProcess worker, TimeSpan limit)
    {
        var stack = HangDiagnosis.Describe(worker.Id, _submission.AssemblyName);
        var stoppedAt = _stage.ReadProgress();
        Discard(worker);
        return new CaseObservation
        {
            Steps = [],
            Fault = $"it ran longer than the case's limit of {limit.TotalSeconds:0.#} s; it was here:\n{stack}",
            TimedOut = true,
            StoppedAtStep = stoppedAt,
        };
    }

    private CaseObservation Crashed(CaseDefinition @case, WorkerProcess worker, string? why)
    {
        // The channel closed, so the worker is dying; on a loaded machine the runtime's abort takes a while,
        // and its report on standard error is only complete once it has exited. A worker that sent garbage
        // is still alive, and is not waited for.
        if (why is not null)
        {
            worker.Kill();
        }

        var exitCode = worker.ExitCode(TimeSpan.FromSeconds(10));
        var fault = why ?? CrashDiagnosis.Describe(exitCode, worker.StandardError);
        var stoppedAt = _stage.ReadProgress();
        Discard(worker);
        return new CaseObservation { Steps = [], Fault = fault, StoppedAtStep = stoppedAt is { } s && s <= @case.Steps.Count ? s : null };
    }

    private void Discard(WorkerProcess worker)
    {
        worker.Kill();
        worker.Dispose();
        _worker = null;
    }
}
