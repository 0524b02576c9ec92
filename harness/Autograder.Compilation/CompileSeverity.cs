namespace Autograder.Compilation;

/// <summary>How bad a <see cref="CompileDiagnostic"/> is: only errors fail a compile.</summary>
public enum CompileSeverity
{
    /// <summary>Reported to the student; the submission still compiles.</summary>
    Warning,

    /// <summary>The submission does not compile.</summary>
    Error,
}
