using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis.CSharp;
using static Autograder.Compilation.Tests.Outcomes;

namespace Autograder.Compilation.Tests;

/// <summary>
/// A student's second check on unchanged sources reads the compiled submission from the cache; loading
/// the C# compiler for that would cost more than everything else the cache hit does.
/// </summary>
public sealed class CacheHitWithoutRoslynTests
{
    private const string Source = "namespace Student;\n\npublic static class Answer { public static int Get() => 42; }\n";

    [Fact]
    public void A_cache_hit_never_loads_the_compiler()
    {
        using var folder = new TempFolder();
        using var cacheFolder = new TempFolder("cache");
        folder.Write("Answer.cs", Source);
        AssertCompiled(new SubmissionCompiler(cacheFolder.Path).Compile(folder.Path));
        var context = new RecordingLoadContext(AppContext.BaseDirectory);
        try
        {
            // The same grader assembly, loaded afresh in a context that sees every assembly it asks for.
            var compilerType = context.LoadFromAssemblyName(typeof(SubmissionCompiler).Assembly.GetName()).GetType(typeof(SubmissionCompiler).FullName!)!;
            var compiler = Activator.CreateInstance(compilerType, cacheFolder.Path)!;

            var outcome = compilerType.GetMethod(nameof(SubmissionCompiler.Compile))!.Invoke(compiler, [folder.Path, CancellationToken.None])!;

            var submission = outcome.GetType().GetProperty(nameof(CompilationOutcome.Succeeded.Submission))!.GetValue(outcome)!;
            Assert.True((bool)submission.GetType().GetProperty(nameof(CompiledSubmission.FromCache))!.GetValue(submission)!);
            Assert.Contains("Autograder.Compilation", context.Requested);
            Assert.DoesNotContain(context.Requested, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void The_compiler_version_in_the_cache_key_is_the_Roslyn_that_compiles()
    {
        var informational = typeof(CSharpCompilation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var release = informational.Split('-', '+')[0];

        Assert.Contains($";roslyn {release};", CompilerVersion.Value, StringComparison.Ordinal);
    }

    /// <summary>Loads this test's own copies of the grader's assemblies, and notes every name asked for.</summary>
    private sealed class RecordingLoadContext(string folder) : AssemblyLoadContext("cache-hit", isCollectible: true)
    {
        public ConcurrentBag<string> Requested { get; } = [];

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            Requested.Add(assemblyName.Name!);
            var path = Path.Combine(folder, assemblyName.Name + ".dll");

            // The shared framework is not in the test's folder: it comes from the default context.
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
