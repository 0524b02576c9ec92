namespace Autograder.Execution;

/// <summary>
/// Hears about a run as it goes: the worker marks the step under way with it, so that a crash or a hang
/// can be placed at the exact step.
/// </summary>
public abstract class CaseProgress
{
    /// <summary>
    /// Step <paramref name="stepIndex"/> is about to call into the allocator; the step count means the
    /// teardown after the last step.
    /// </summary>
    public abstract void StepStarting(int stepIndex);
}
