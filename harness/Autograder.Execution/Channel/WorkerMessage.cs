using Autograder.Cases;

namespace Autograder.Execution.Channel;

/// <summary>One message on the worker channel; which members are set depends on <see cref="Kind"/>.</summary>
public sealed record WorkerMessage
{
    /// <summary>What the message carries.</summary>
    public required WorkerMessageKind Kind { get; init; }

    /// <summary>Ready: why the submission's allocator could not be built, or null when it could.</summary>
    public string? LoadProblem { get; init; }

    /// <summary>Run: the case to run.</summary>
    public CaseDefinition? Case { get; init; }

    /// <summary>Run: how to run it.</summary>
    public ExecutionOptions? Options { get; init; }

    /// <summary>Steps: the index of the first observation in <see cref="Steps"/>.</summary>
    public int FirstStep { get; init; }

    /// <summary>Steps: observations of consecutive steps. CaseEnd: the whole observation, steps left out.</summary>
    public IReadOnlyList<StepObservation>? Steps { get; init; }

    /// <summary>CaseEnd: everything but the steps, which came in Steps messages.</summary>
    public CaseObservation? Observation { get; init; }

    /// <summary>A message asking the worker to run <paramref name="case"/>.</summary>
    public static WorkerMessage Run(CaseDefinition @case, ExecutionOptions options) =>
        new() { Kind = WorkerMessageKind.Run, Case = @case, Options = options };
}
