using Autograder.Compilation.Rules;
using static Autograder.Compilation.Tests.Outcomes;

namespace Autograder.Compilation.Tests.Rules;

/// <summary>Compiles a submission as the grader does, then scans its IL; the scan must succeed.</summary>
internal static class Scanned
{
    public static IlScanResult Source(string source, IlRuleSettings? settings = null)
    {
        using var folder = new TempFolder();
        folder.Write("Submission.cs", source);
        return Folder(folder.Path, settings);
    }

    public static IlScanResult Folder(string path, IlRuleSettings? settings = null)
    {
        var result = IlRuleScanner.Scan(Compile(path), settings ?? IlRuleSettings.Default);
        Assert.True(result.Scanned, result.Error);
        return result;
    }

    public static ReadOnlyMemory<byte> Compile(string path) =>
        AssertCompiled(new SubmissionCompiler().Compile(path)).AssemblyBytes;

    public static string LinkedList => Path.Combine(RepositoryPaths.Samples, "LinkedList");
}
