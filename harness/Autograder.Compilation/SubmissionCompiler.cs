namespace Autograder.Compilation;

/// <summary>
/// Turns a submission into an assembly inside the grader's own process, with Roslyn: no MSBuild, no
/// restore, no analyzers or source generators, and none of the submission's build scripts. A folder's
/// .cs files are compiled; a .dll is checked and taken as it is. Anything a submission contains gives
/// a <see cref="CompilationOutcome"/>, never an exception.
/// </summary>
/// <remarks>Safe to use from several threads, and several processes may share one cache folder.</remarks>
public sealed class SubmissionCompiler
{
    private readonly CompilationCache? cache;
    private int compilationsRun;

    /// <summary>Creates a compiler.</summary>
    /// <param name="cacheDirectory">Where compiled submissions are kept by content hash, created when
    /// first needed; null compiles every time.</param>
    public SubmissionCompiler(string? cacheDirectory = null)
    {
        cache = cacheDirectory is null ? null : new CompilationCache(Path.GetFullPath(cacheDirectory));
    }

    /// <summary>The cache folder, or null when there is no cache.</summary>
    public string? CacheDirectory => cache?.Directory;

    /// <summary>How many times this compiler has run the C# compiler; cache hits and prebuilt .dlls do not count.</summary>
    public int CompilationsRun => Volatile.Read(ref compilationsRun);

    /// <summary>
    /// Compiles the .cs files under <paramref name="submissionPath"/> (a folder; <c>bin/</c>, <c>obj/</c>
    /// and hidden folders skipped), or checks and takes a prebuilt .dll.
    /// </summary>
    /// <param name="submissionPath">A folder of .cs files, or a .dll file. Messages name it as given.</param>
    /// <param name="cancellationToken">Stops a long compile by throwing <see cref="OperationCanceledException"/>.</param>
    public CompilationOutcome Compile(string submissionPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(submissionPath);
        var fullPath = Path.GetFullPath(submissionPath);
        if (Directory.Exists(fullPath))
        {
            return CompileFolder(fullPath, submissionPath, cancellationToken);
        }

        if (File.Exists(fullPath))
        {
            return Path.GetExtension(fullPath).Equals(".dll", StringComparison.OrdinalIgnoreCase)
                ? PrebuiltAssembly.Read(fullPath, submissionPath)
                : Fail(SubmissionProblems.NotAFolderOrAssembly(submissionPath));
        }

        return Fail(SubmissionProblems.MissingPath(submissionPath));
    }

    private CompilationOutcome CompileFolder(string folder, string displayPath, CancellationToken cancellationToken)
    {
        var sources = SubmissionFolder.Read(folder, cancellationToken);
        if (sources.Problems.Count > 0)
        {
            return new CompilationOutcome.Failed(sources.Problems, []);
        }

        if (sources.Files.Count == 0)
        {
            return Fail(SubmissionProblems.NoSources(displayPath));
        }

        var contentHash = ContentHash.Of(sources.Files, CompilerVersion.Value);
        var assemblyName = SubmissionAssemblyName.For(folder, contentHash);
        if (cache?.TryRead(contentHash, assemblyName) is { } cached)
        {
            return new CompilationOutcome.Succeeded(cached);
        }

        Interlocked.Increment(ref compilationsRun);
        CompilationOutcome outcome;
        try
        {
            outcome = SourceCompiler.Compile(assemblyName, contentHash, sources.Files, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Roslyn guards itself against deep nesting and the like; this is the last line, so that
            // one pathological submission cannot stop the grading of a whole class.
            return Fail(SubmissionProblems.CompilerCrashed(displayPath, exception));
        }

        if (outcome is CompilationOutcome.Succeeded succeeded)
        {
            cache?.Write(succeeded.Submission);
        }

        return outcome;
    }

    private static CompilationOutcome.Failed Fail(CompileDiagnostic error) => new([error], []);
}
