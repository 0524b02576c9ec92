using Autograder.Cases;

namespace Autograder.Execution;

/// <summary>
/// Runs cases against one allocator and returns what it observed: in this process (tests, debugging,
/// the reference) or in an isolated worker (untrusted submissions).
/// </summary>
public interface ICaseRunner
{
    /// <summary>Runs <paramref name="case"/> and observes every step.</summary>
    CaseObservation Run(CaseDefinition @case, ExecutionOptions options);
}
