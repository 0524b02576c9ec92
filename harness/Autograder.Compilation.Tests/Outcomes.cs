using System.Diagnostics;

namespace Autograder.Compilation.Tests;

/// <summary>Unwraps a <see cref="CompilationOutcome"/>, failing the test with what the compiler said.</summary>
internal static class Outcomes
{
    public static CompiledSubmission AssertCompiled(CompilationOutcome outcome)
    {
        if (outcome is CompilationOutcome.Succeeded succeeded)
        {
            return succeeded.Submission;
        }

        Assert.Fail($"expected the submission to compile, but:{Environment.NewLine}{outcome}");
        throw new UnreachableException();
    }

    public static CompilationOutcome.Failed AssertFailed(CompilationOutcome outcome)
    {
        var failed = Assert.IsType<CompilationOutcome.Failed>(outcome, exactMatch: false);
        Assert.NotEmpty(failed.Errors);
        return failed;
    }

    public static CompileDiagnostic SingleError(CompilationOutcome outcome) => Assert.Single(AssertFailed(outcome).Errors);
}
