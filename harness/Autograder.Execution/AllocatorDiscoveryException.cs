namespace Autograder.Execution;

/// <summary>A submission's assembly does not hold exactly one allocator class the grader can build.</summary>
public sealed class AllocatorDiscoveryException : Exception
{
    /// <summary>Creates the exception with a message that says how to fix the submission.</summary>
    public AllocatorDiscoveryException(string message)
        : base(message)
    {
    }
}
