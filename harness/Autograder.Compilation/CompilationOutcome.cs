namespace Autograder.Compilation;

/// <summary>
/// What compiling a submission gave: <see cref="Succeeded"/> with the assembly, or <see cref="Failed"/>
/// with the errors that stopped it. Match on the two cases.
/// </summary>
public abstract class CompilationOutcome
{
    private CompilationOutcome()
    {
    }

    /// <summary>The submission compiled (or its prebuilt assembly was valid).</summary>
    public sealed class Succeeded(CompiledSubmission submission) : CompilationOutcome
    {
        /// <summary>The assembly, its symbols and the warnings the compiler gave.</summary>
        public CompiledSubmission Submission { get; } = submission;

        /// <summary>Names the compiled assembly.</summary>
        public override string ToString() => $"compiled {Submission.AssemblyName}";
    }

    /// <summary>The submission did not compile; nothing can run.</summary>
    public sealed class Failed(IReadOnlyList<CompileDiagnostic> errors, IReadOnlyList<CompileDiagnostic> warnings)
        : CompilationOutcome
    {
        /// <summary>At least one error, in file, line and column order.</summary>
        public IReadOnlyList<CompileDiagnostic> Errors { get; } = errors;

        /// <summary>The warnings the compiler gave as well, in file, line and column order.</summary>
        public IReadOnlyList<CompileDiagnostic> Warnings { get; } = warnings;

        /// <summary>One error a line, as a compiler prints them.</summary>
        public override string ToString() => string.Join(Environment.NewLine, Errors);
    }
}
