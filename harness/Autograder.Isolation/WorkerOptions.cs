namespace Autograder.Isolation;

/// <summary>How workers are started and bounded.</summary>
public sealed record WorkerOptions
{
    /// <summary>The defaults: sandboxed when bubblewrap is available, 512 MiB of managed heap, 10 s a case.</summary>
    public static WorkerOptions Default { get; } = new();

    /// <summary>Run the worker inside bubblewrap when it is available (Linux). Off: always unsandboxed.</summary>
    public bool Sandbox { get; init; } = true;

    /// <summary>The worker's managed heap limit (DOTNET_GCHeapHardLimit).</summary>
    public ulong ManagedHeapLimit { get; init; } = 512UL << 20;

    /// <summary>
    /// The most memory, native and managed, the worker may use, where a cgroup can be created for it.
    /// </summary>
    public ulong MemoryLimit { get; init; } = 3UL << 30;

    /// <summary>The most processes and threads the worker's user may have (sandboxed runs only).</summary>
    public int ProcessLimit { get; init; } = 1024;

    /// <summary>The time a case may take when no other limit is given.</summary>
    public TimeSpan CaseTimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a worker may take to start and load the submission.</summary>
    public TimeSpan StartTimeLimit { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Start the worker the build precompiled (ReadyToRun) when it is there. Off: the plain worker, JIT-compiled
    /// as it runs, which the benchmarks measure it against.
    /// </summary>
    internal bool PreferPrecompiledWorker { get; init; } = true;

    /// <summary>Environment variables for the worker's runtime beyond the usual ones (DOTNET_...), for the benchmarks to try.</summary>
    internal IReadOnlyDictionary<string, string> RuntimeSettings { get; init; } = new Dictionary<string, string>();
}
