namespace Autograder.Execution;

/// <summary>A bad heap free, and the step during which it happened (-1: during teardown).</summary>
/// <param name="StepIndex">The step's index.</param>
/// <param name="Detail">What was wrong, and who called Free.</param>
public sealed record ObservedHeapError(int StepIndex, string Detail);
