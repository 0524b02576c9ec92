namespace Autograder.Checking;

/// <summary>How much of a zdump's output must match the reference's.</summary>
public enum DumpCheckMode
{
    /// <summary>Every line, header included.</summary>
    Exact,

    /// <summary>The block lines only: free runs and the header are not compared.</summary>
    BlocksOnly,

    /// <summary>zdump must not throw; its output is not compared.</summary>
    Ignore,
}
