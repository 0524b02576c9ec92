using Autograder.Cases;
using Zones;

namespace Autograder.Execution;

/// <summary>Runs cases in this process: for the reference, for tests, and for debugging a submission.</summary>
public sealed class InProcessCaseRunner(Func<INativeHeap, IZoneAllocator> createAllocator) : ICaseRunner
{
    /// <inheritdoc />
    public CaseObservation Run(CaseDefinition @case, ExecutionOptions options) => CaseExecutor.Run(@case, createAllocator, options);
}
