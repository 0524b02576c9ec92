namespace Autograder.Execution;

/// <summary>
/// Hears about a run as it goes: the worker streams observations with it and marks the step under way,
/// so that a crash or a hang can be placed at the exact step.
/// </summary>
public abstract class CaseProgress
{
    /// <summary>Step <paramref name="stepIndex"/> is about to call into the allocator.</summary>
    public virtual void StepStarting(int stepIndex)
    {
    }

    /// <summary>Step <paramref name="stepIndex"/> finished with <paramref name="observation"/>.</summary>
    public virtual void StepObserved(int stepIndex, StepObservation observation)
    {
    }
}
