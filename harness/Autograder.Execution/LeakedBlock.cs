namespace Autograder.Execution;

/// <summary>A heap block still taken after every zone was destroyed.</summary>
/// <param name="Size">Its size.</param>
/// <param name="Site">Where it was allocated, when sites were recorded.</param>
public sealed record LeakedBlock(ulong Size, string? Site);
