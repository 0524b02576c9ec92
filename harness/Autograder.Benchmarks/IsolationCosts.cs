using System.Diagnostics;
using System.Runtime.Loader;
using Autograder.Cases;
using Autograder.Compilation;
using Autograder.Execution;
using Autograder.Isolation;
using Zones;

namespace Autograder.Benchmarks;

/// <summary>
/// What isolation costs, measured side by side in one run (process start-up is beyond BenchmarkDotNet's
/// reach): a worker's start-up, a case's round trip, a long trace through the worker against the same
/// allocator called in this process and where the difference goes, grading with minimization both ways,
/// the worker's start-up settings, and the time from a hang to its stack report.
/// </summary>
internal static partial class IsolationCosts
{
    private const int Rounds = 9;

    public static void Run(TextWriter output)
    {
        var root = Repository.Root();
        var linkedList = Compile(Path.Combine(root, "allocator", "samples", "LinkedList"));
        var tiny = CaseParser.Parse("case tiny\ndescription One block.\nz = create_zone 64\na = zalloc z 8\nzfree z a\ndestroy_zone z\n", "tiny.case");
        var longTrace = CaseParser.Load(Path.Combine(root, "cases", "hidden", "h02-long-trace-small-blocks.case"));
        output.WriteLine($"sandbox: {SandboxAvailability.Missing ?? "bubblewrap"}; medians of {Rounds} rounds; machine load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

        var starts = new List<double>();
        var roundTrips = new List<double>();
        for (var i = 0; i < Rounds; i++)
        {
            using var runner = new IsolatedCaseRunner(linkedList);
            starts.Add(Milliseconds(() => runner.Run(tiny, ExecutionOptions.Default)));
            roundTrips.Add(Milliseconds(() => runner.Run(tiny, ExecutionOptions.Default)));
        }

        var context = new AssemblyLoadContext("direct", isCollectible: true);
        var direct = SubmittedAllocator.Find(linkedList.LoadInto(context));
        var inProcessTiny = Median(Enumerable.Range(0, 20).Select(_ => Milliseconds(() => CaseExecutor.Run(tiny, direct))).Skip(5));
        output.WriteLine($"worker start-up (first case, less the case): {Median(starts) - Median(roundTrips):0.0} ms");
        output.WriteLine($"per-case round trip, tiny case, second case of a fresh worker: {Median(roundTrips):0.00} ms through the worker, {inProcessTiny:0.000} ms in process");

        using (var warm = new IsolatedCaseRunner(linkedList, WorkerOptions.Default with { CaseTimeLimit = TimeSpan.FromMinutes(5) }))
        {
            var warmTiny = Median(Enumerable.Range(0, 40).Select(_ => Milliseconds(() => warm.Run(tiny, ExecutionOptions.Default))).Skip(10));
            output.WriteLine($"per-case round trip, tiny case, warm worker: {warmTiny:0.000} ms");
            LongTrace(output, warm, longTrace, direct);
        }

        Minimization(output, root);
        context.Unload();
        WorkerSettings(output, root, linkedList, tiny);
        Hang(output, root, tiny);
    }

    private static void LongTrace(TextWriter output, IsolatedCaseRunner warm, CaseDefinition longTrace, Func<INativeHeap, IZoneAllocator> direct)
    {
        warm.Run(longTrace, ExecutionOptions.Default);
        CaseExecutor.Run(longTrace, direct);
        var throughWorker = new List<double>();
        var inProcess = new List<double>();
        for (var i = 0; i < Rounds; i++)
        {
            throughWorker.Add(Milliseconds(() => warm.Run(longTrace, ExecutionOptions.Default)));
            inProcess.Add(Milliseconds(() => CaseExecutor.Run(longTrace, direct)));
        }

        var worker = Median(throughWorker);
        var alone = Median(inProcess);
        output.WriteLine(
            $"long trace ({longTrace.Steps.Count} steps, LinkedList): {worker:0.0} ms through the worker, {alone:0.0} ms in process: {worker / alone:0.00}x (goal at most 1.2x)");
        var parts = Breakdown(longTrace, direct);
        foreach (var (what, milliseconds) in parts)
        {
            output.WriteLine($"  {what}: {milliseconds:0.00} ms");
        }

        output.WriteLine($"  left: pipe transfers, waking the worker and the grader's reader thread, the worker's JIT state: {worker - alone - parts.Sum(part => part.Milliseconds):0.00} ms");
    }

    private static void Hang(TextWriter output, string root, CaseDefinition tiny)
    {
        var hostile = Compile(Path.Combine(root, "harness", "Autograder.Isolation.Tests", "Hostile", "InfiniteLoop"));
        var trigger = CaseParser.Parse("case hang\ndescription Hangs at step 2.\nz = create_zone 64\nb = zalloc z 24\n", "hang.case");
        var limit = TimeSpan.FromSeconds(1);
        var hangs = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            using var runner = new IsolatedCaseRunner(hostile, WorkerOptions.Default with { CaseTimeLimit = limit });
            runner.Run(tiny, ExecutionOptions.Default);
            hangs.Add(Milliseconds(() => runner.Run(trigger, ExecutionOptions.Default)) - limit.TotalMilliseconds);
        }

        output.WriteLine($"hang to stack report (past the limit, worker killed): {Median(hangs):0} ms");
    }

    private static double Milliseconds(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static CompiledSubmission Compile(string folder) =>
        new SubmissionCompiler().Compile(folder) is CompilationOutcome.Succeeded succeeded
            ? succeeded.Submission
            : throw new InvalidOperationException($"{folder} does not compile");
}
