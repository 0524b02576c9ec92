namespace Autograder.Compilation.Rules;

/// <summary>What <see cref="IlRuleScanner"/> checks: the banned APIs and how many Malloc call sites are allowed.</summary>
public sealed class IlRuleSettings
{
    private const string ReadFiles = "read or write files";
    private const string StartPrograms = "start other programs";
    private const string EndProcess = "end the process";
    private const string EnvironmentVariables = "read or change environment variables";
    private const string UseReflection = "use reflection";
    private const string UntrackedMemory = "take memory anywhere but from the INativeHeap they are given";
    private const string LoadNativeLibraries = "load native libraries";
    private const string StartThreads = "start threads or timers";
    private const string UseNetwork = "use the network";
    private const string TakeOverConsole = "take over the console's streams";
    private const string GenerateCode = "load or generate code at run time";

    private readonly int maxMallocCallSites = 3;

    /// <summary>
    /// The APIs banned unless the rubric says otherwise: whatever reaches outside the allocator (files,
    /// other programs, the network, the console's raw streams, environment variables), ends the process,
    /// looks inside other objects (reflection), takes memory past the tracked heap, or starts threads.
    /// Thread.Sleep, Console.Write, collections, Span, Math, Unsafe and pointers stay allowed.
    /// </summary>
    public static IReadOnlyList<BannedApi> DefaultBannedApis { get; } =
    [
        new("System.IO.File.*", ReadFiles),
        new("System.IO.FileInfo.*", ReadFiles),
        new("System.IO.FileStream.*", ReadFiles),
        new("System.IO.FileSystemInfo.*", ReadFiles),
        new("System.IO.FileSystemWatcher.*", ReadFiles),
        new("System.IO.Directory.*", ReadFiles),
        new("System.IO.DirectoryInfo.*", ReadFiles),
        new("System.IO.RandomAccess.*", ReadFiles),
        new("System.IO.StreamReader..ctor", ReadFiles),
        new("System.IO.StreamWriter..ctor", ReadFiles),
        new("System.IO.Pipes.*", ReadFiles),
        new("System.IO.MemoryMappedFiles.*", ReadFiles),
        new("Microsoft.Win32.*", ReadFiles),
        new("System.Diagnostics.Process.*", StartPrograms),
        new("System.Diagnostics.ProcessStartInfo.*", StartPrograms),
        new("System.Diagnostics.Debugger.*", StartPrograms),
        new("System.Environment.Exit", EndProcess),
        new("System.Environment.FailFast", EndProcess),
        new("System.Environment.GetEnvironmentVariable", EnvironmentVariables),
        new("System.Environment.GetEnvironmentVariables", EnvironmentVariables),
        new("System.Environment.SetEnvironmentVariable", EnvironmentVariables),
        new("System.Reflection.*", UseReflection),
        new("System.Type.GetType", UseReflection),
        new("System.Type.GetField", UseReflection),
        new("System.Type.GetFields", UseReflection),
        new("System.Type.GetProperty", UseReflection),
        new("System.Type.GetProperties", UseReflection),
        new("System.Type.GetMethod", UseReflection),
        new("System.Type.GetMethods", UseReflection),
        new("System.Type.GetMember", UseReflection),
        new("System.Type.GetMembers", UseReflection),
        new("System.Type.GetConstructor", UseReflection),
        new("System.Type.GetConstructors", UseReflection),
        new("System.Type.InvokeMember", UseReflection),
        new("System.Activator.*", UseReflection),
        new("System.AppDomain.*", UseReflection),
        new("System.Runtime.InteropServices.NativeMemory.*", UntrackedMemory),
        new("System.Runtime.InteropServices.Marshal.Alloc*", UntrackedMemory),
        new("System.Runtime.InteropServices.Marshal.ReAlloc*", UntrackedMemory),
        new("System.Runtime.InteropServices.Marshal.StringTo*", UntrackedMemory),
        new("System.Runtime.InteropServices.GCHandle.*", UntrackedMemory),
        new("System.Runtime.InteropServices.NativeLibrary.*", LoadNativeLibraries),
        new("System.Threading.Thread..ctor", StartThreads),
        new("System.Threading.ThreadPool.*", StartThreads),
        new("System.Threading.Timer..ctor", StartThreads),
        new("System.Threading.Tasks.Task.Run", StartThreads),
        new("System.Threading.Tasks.TaskFactory.*", StartThreads),
        new("System.Threading.Tasks.Parallel.*", StartThreads),
        new("System.Timers.*", StartThreads),
        new("System.Net.*", UseNetwork),
        new("System.Console.OpenStandard*", TakeOverConsole),
        new("System.Console.SetOut", TakeOverConsole),
        new("System.Console.SetError", TakeOverConsole),
        new("System.Console.SetIn", TakeOverConsole),
        new("System.Runtime.Loader.*", GenerateCode),
        new("System.Linq.Expressions.*", GenerateCode),
    ];

    /// <summary>
    /// Exceptions to the bans, as patterns in the same form: <c>Type.Name</c> is <c>MemberInfo.Name</c>,
    /// which <c>System.Reflection.*</c> would ban, and exception messages use it.
    /// </summary>
    public static IReadOnlyList<string> DefaultAllowedApis { get; } =
    [
        "System.Reflection.MemberInfo.Name",
    ];

    /// <summary>
    /// The default rules: <see cref="DefaultBannedApis"/> except <see cref="DefaultAllowedApis"/>, and at
    /// most three Malloc call sites.
    /// </summary>
    public static IlRuleSettings Default { get; } = new();

    /// <summary>The APIs banned; <see cref="DefaultBannedApis"/> unless set.</summary>
    public IReadOnlyList<BannedApi> BannedApis { get; init; } = DefaultBannedApis;

    /// <summary>
    /// Patterns of APIs allowed even where <see cref="BannedApis"/> would ban them;
    /// <see cref="DefaultAllowedApis"/> unless set.
    /// </summary>
    public IReadOnlyList<string> AllowedApis { get; init; } = DefaultAllowedApis;

    /// <summary>
    /// How many call sites of <c>INativeHeap.Malloc</c> are allowed before a
    /// <see cref="IlRuleIds.MallocCallSites"/> finding: 3 unless set (the zone record, the region, a node).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxMallocCallSites
    {
        get => maxMallocCallSites;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            maxMallocCallSites = value;
        }
    }
}
