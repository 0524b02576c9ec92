using System.Runtime.InteropServices;
using Autograder.Cases;
using Autograder.Compilation;
using Autograder.Execution;
using Autograder.Isolation;

namespace Autograder.Benchmarks;

internal static partial class IsolationCosts
{
    private static readonly (string Name, WorkerOptions Options)[] Settings =
    [
        ("precompiled, tiered compilation (shipped)", WorkerOptions.Default),
        ("precompiled, tiered compilation off", WorkerOptions.Default with { RuntimeSettings = NotTiered }),
        ("JIT only, tiered compilation (as before)", WorkerOptions.Default with { PreferPrecompiledWorker = false }),
        ("JIT only, tiered compilation off", WorkerOptions.Default with { PreferPrecompiledWorker = false, RuntimeSettings = NotTiered }),
    ];

    private static IReadOnlyDictionary<string, string> NotTiered => new Dictionary<string, string> { ["DOTNET_TieredCompilation"] = "0" };

    // A submission's whole grading run as the grader does it: a fresh worker, every case once. The worker's
    // CPU time (its own and its children's, once reaped) is steadier than the wall clock on a shared machine.
    private static void WorkerSettings(TextWriter output, string root, CompiledSubmission submission, CaseDefinition tiny)
    {
        var cases = new[] { "public", "hidden" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(root, "cases", folder), "*.case"))
            .Order(StringComparer.Ordinal)
            .Select(CaseParser.Load)
            .ToList();
        var starts = Settings.Select(_ => new List<double>()).ToArray();
        var walls = Settings.Select(_ => new List<double>()).ToArray();
        var processor = Settings.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            for (var s = 0; s < Settings.Length; s++)
            {
                var before = ReapedChildrenProcessorMilliseconds();
                walls[s].Add(Milliseconds(() =>
                {
                    using var runner = new IsolatedCaseRunner(submission, Settings[s].Options);
                    starts[s].Add(Milliseconds(() => runner.Run(tiny, ExecutionOptions.Default)));
                    cases.ForEach(@case => runner.Run(@case, ExecutionOptions.Default));
                }));
                processor[s].Add(ReapedChildrenProcessorMilliseconds() - before);
            }
        }

        output.WriteLine($"worker settings: start-up to the first answer; all {cases.Count} cases in one fresh worker (wall, and the worker's CPU)");
        for (var s = 0; s < Settings.Length; s++)
        {
            output.WriteLine($"  {Settings[s].Name,-48} start {Median(starts[s]),5:0} ms; {cases.Count} cases {Median(walls[s]),5:0} ms, CPU {Median(processor[s]),5:0} ms");
        }
    }

    private static double ReapedChildrenProcessorMilliseconds()
    {
        const int children = -1;
        return ResourceUsage(children, out var usage) == 0
            ? (usage.UserSeconds + usage.SystemSeconds) * 1000.0 + ((usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0)
            : double.NaN;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int ResourceUsage(int who, out ResourceUsageTimes usage);

    // The start of struct rusage on 64-bit Linux: two timevals; the rest of it is room the call may fill.
    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsageTimes
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        private unsafe fixed long _rest[14];
    }
}
