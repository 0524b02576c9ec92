using Autograder.Compilation;

namespace Autograder.Isolation.Tests;

/// <summary>Compiles sample and hostile submissions once per test run.</summary>
internal static class Submissions
{
    private static readonly SubmissionCompiler Compiler = new(Path.Combine(Path.GetTempPath(), "autograder-isolation-tests-cache"));

    public static CompiledSubmission Sample(string name) => Compile(Path.Combine(RepositoryPaths.Samples, name));

    public static CompiledSubmission Hostile(string name) =>
        Compile(Path.Combine(RepositoryPaths.Root, "harness", "Autograder.Isolation.Tests", "Hostile", name));

    public static CompiledSubmission Compile(string folder) => Compiler.Compile(folder) switch
    {
        CompilationOutcome.Succeeded succeeded => succeeded.Submission,
        CompilationOutcome.Failed failed => throw new InvalidOperationException($"{folder} does not compile:\n{failed}"),
        _ => throw new InvalidOperationException("unknown outcome"),
    };
}
