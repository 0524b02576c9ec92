namespace Autograder.Execution.Channel;

/// <summary>What a message on the worker channel carries.</summary>
public enum WorkerMessageKind
{
    /// <summary>Worker to grader: the submission is loaded (or why it could not be).</summary>
    Ready,

    /// <summary>Grader to worker: run a case.</summary>
    Run,

    /// <summary>Worker to grader: observations of consecutive steps.</summary>
    Steps,

    /// <summary>Worker to grader: the case is over; teardown, leaks and counters.</summary>
    CaseEnd,
}
