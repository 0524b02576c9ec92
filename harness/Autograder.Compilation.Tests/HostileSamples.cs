namespace Autograder.Compilation.Tests;

/// <summary>
/// The hostile sample submissions of the isolation tests (<c>harness/Autograder.Isolation.Tests/Hostile/</c>):
/// each misbehaves on its first zalloc of 24 bytes. They are compiled and scanned here, never run.
/// </summary>
internal static class HostileSamples
{
    /// <summary>Every sample the isolation tests rely on, by folder name.</summary>
    public static readonly string[] Expected =
    [
        "AccessViolation",
        "AllocatesManagedWithoutBound",
        "AllocatesNativeMemoryDirectly",
        "AllocatesNativeUntilRefused",
        "ExitsTheProcess",
        "FailFast",
        "InfiniteLoop",
        "OpensASocket",
        "ReadsFiles",
        "SleepForever",
        "StackOverflow",
        "StartsAProcess",
        "TampersWithTheHeap",
        "ThreadsThatNeverStop",
        "ThrowsOnAnotherThread",
        "WritesFakeChannelMessages",
        "WritesIntoTheChannel",
    ];

    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "harness", "Autograder.Isolation.Tests", "Hostile");

    public static string PathOf(string sample) => Path.Combine(Folder, sample);

    /// <summary>The folders that are there, in name order.</summary>
    public static IEnumerable<string> Present() => Directory.Exists(Folder)
        ? Directory.GetDirectories(Folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
        : [];
}
