namespace Autograder.Execution.Channel;

/// <summary>What a message on the worker channel carries: the first byte of every frame.</summary>
public enum WorkerMessageKind : byte
{
    /// <summary>Worker to grader: the submission is loaded (or why it could not be).</summary>
    Ready = 1,

    /// <summary>Grader to worker: run a case's operations.</summary>
    Run = 2,

    /// <summary>Worker to grader: the case is over; every step's observation, teardown, leaks and counters.</summary>
    CaseEnd = 3,
}
