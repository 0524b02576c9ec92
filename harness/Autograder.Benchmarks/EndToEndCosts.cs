using System.Diagnostics;
using System.Globalization;
using Autograder.Execution;
using Zones;
using Zones.Heap;
using Zones.Reference;

namespace Autograder.Benchmarks;

/// <summary>
/// The figures a user feels, each measured side by side in one run and printed as a ratio against its goal
/// (issue 7): the reference against the LinkedList sample on real traces, <c>grade --jobs 2</c> against
/// <c>--jobs 1</c>, seconds a submission in a batch of 100, and <c>check</c>'s second run. The worker's
/// overhead on a long trace comes first, from <see cref="IsolationCosts"/>. <c>--only worker,traces,jobs,batch,check</c>
/// picks sections.
/// </summary>
internal static class EndToEndCosts
{
    public static void Run(TextWriter output, string[] args)
    {
        var root = Repository.Root();
        var traces = Argument(args, "--traces") ?? Path.GetFullPath(Path.Combine(root, "..", "shared", "traces", "malloclab"));
        var batchSize = int.Parse(Argument(args, "--batch") ?? "100", CultureInfo.InvariantCulture);
        var grader = Path.Combine(AppContext.BaseDirectory, "autograder.dll");
        var only = (Argument(args, "--only") ?? "worker,traces,jobs,batch,check").Split(',');
        output.WriteLine($"End-to-end costs on {Environment.ProcessorCount} processors; load {Load()} at the start; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.");
        output.WriteLine();

        if (only.Contains("worker"))
        {
            output.WriteLine("## The worker against the same allocator in this process");
            IsolationCosts.Run(output);
            output.WriteLine();
        }

        if (only.Contains("traces"))
        {
            output.WriteLine("## The reference on real traces");
            RealTraces(output, traces);
            output.WriteLine();
        }

        output.WriteLine("## Grading");
        using var scratch = new Scratch();
        if (only.Contains("jobs"))
        {
            Jobs(output, grader, root, scratch);
        }

        if (only.Contains("batch"))
        {
            Batch(output, grader, root, scratch, batchSize);
        }

        if (only.Contains("check"))
        {
            CheckSecondRun(output, grader, root, scratch);
        }

        output.WriteLine();
        output.WriteLine($"Load {Load()} at the end.");
    }

    private static void RealTraces(TextWriter output, string folder)
    {
        if (!Directory.Exists(folder))
        {
            output.WriteLine($"skipped: no traces at {folder} (pass --traces DIR, a folder of malloc-lab .rep files)");
            return;
        }

        var replays = Directory.EnumerateFiles(folder, "*.rep").Order(StringComparer.Ordinal).Select(TraceReplay.Import).ToList();
        Func<INativeHeap, IZoneAllocator> reference = heap => new ReferenceZoneAllocator(heap);
        Func<INativeHeap, IZoneAllocator> linkedList = heap => new Student.ZoneAllocator(heap);
        output.WriteLine($"{"trace",-16} {"ops",7} {"reference",14} {"LinkedList",14} {"ratio",8} {"grader path",14}");
        long referenceOps = 0, largeOps = 0;
        double referenceSeconds = 0, largeSeconds = 0;
        var largest = replays.Select(replay => replay.Operations).Order().ElementAt(replays.Count / 2);

        // Warm up first: the replay loop and both allocators reach their optimized code (tiered JIT) before timing.
        for (var round = 0; round < 40; round++)
        {
            foreach (var replay in replays.Where(replay => replay.Operations < 8_000))
            {
                Timed(replay, reference);
                Timed(replay, linkedList);
            }
        }

        foreach (var replay in replays)
        {
            var ownTime = Fastest(10, () => Timed(replay, reference));
            var linkedTime = Fastest(3, () => Timed(replay, linkedList));
            var executor = Fastest(3, () => Elapsed(() => CaseExecutor.Run(replay.Case, reference)));
            var ops = replay.Operations;
            referenceOps += ops;
            referenceSeconds += ownTime.TotalSeconds;
            if (ops >= largest)
            {
                largeOps += ops;
                largeSeconds += ownTime.TotalSeconds;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{replay.Name,-16} {ops,7} {Rate(ops, ownTime),14} {Rate(ops, linkedTime),14} {linkedTime / ownTime,7:0.0}x {Rate(ops, executor),14}"));
        }

        var rate = largeOps / largeSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reference on the larger half of the traces ({largeOps} ops): {rate / 1e6:0.0} M ops/s (goal at least 10 M ops/s): {(rate >= 10e6 ? "met" : "MISSED")}; on all: {referenceOps / referenceSeconds / 1e6:0.0} M ops/s"));
        output.WriteLine("(rates are operations a second, best of several replays; 'grader path' is the same trace through the case executor, observations recorded)");
    }

    private static void Jobs(TextWriter output, string grader, string root, Scratch scratch)
    {
        var samples = Path.Combine(root, "allocator", "samples");
        var one = new List<double>();
        var two = new List<double>();
        for (var round = 0; round < 2; round++)
        {
            one.Add(Grade(grader, root, [samples, "--jobs", "1", "--out", scratch.Fresh("jobs1")]));
            two.Add(Grade(grader, root, [samples, "--jobs", "2", "--out", scratch.Fresh("jobs2")]));
        }

        var speedup = one.Min() / two.Min();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"grade the 11 samples: --jobs 1 {one.Min():0.0} s, --jobs 2 {two.Min():0.0} s: {speedup:0.00}x faster with 2 jobs (best of 2 each, alternating)"));
    }

    private static void Batch(TextWriter output, string grader, string root, Scratch scratch, int count)
    {
        var samples = Directory.GetDirectories(Path.Combine(root, "allocator", "samples")).Order(StringComparer.Ordinal).ToList();
        var batch = scratch.Fresh("batch");
        for (var i = 0; i < count; i++)
        {
            // Copies of the samples with a small difference each, so no two compile to the same cached assembly.
            var student = Path.Combine(batch, string.Create(CultureInfo.InvariantCulture, $"student-{i:000}"));
            Directory.CreateDirectory(student);
            foreach (var file in Directory.GetFiles(samples[i % samples.Count], "*.cs"))
            {
                File.WriteAllText(Path.Combine(student, Path.GetFileName(file)), File.ReadAllText(file) + $"\n// student {i}\n");
            }
        }

        var seconds = Grade(grader, root, [batch, "--out", scratch.Fresh("batch-out")]);
        var each = seconds / count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"a batch of {count} submissions (copies of the samples, each a little different), every public and hidden case, --jobs {Environment.ProcessorCount}: {seconds:0.0} s, {each:0.00} s a submission (goal under 0.5 s): {(each < 0.5 ? "met" : "MISSED")}"));
    }

    private static void CheckSecondRun(TextWriter output, string grader, string root, Scratch scratch)
    {
        var submission = scratch.Fresh("check");
        foreach (var file in Directory.GetFiles(Path.Combine(root, "allocator", "samples", "LinkedList"), "*.cs"))
        {
            File.Copy(file, Path.Combine(submission, Path.GetFileName(file)));
        }

        var first = Run(grader, root, ["check", submission, "--out", scratch.Fresh("check-out")]);
        var again = Enumerable.Range(0, 5).Select(_ => Run(grader, root, ["check", submission, "--out", scratch.Fresh("check-out")])).Order().ToList();
        var median = again[again.Count / 2];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"check on unchanged sources: first run {first:0.00} s, later runs {median:0.00} s (median of 5; goal under 1 s): {(median < 1 ? "met" : "MISSED")}"));
    }

    private static double Grade(string grader, string root, string[] arguments) => Run(grader, root, ["grade", .. arguments]);

    private static double Run(string grader, string root, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(grader);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var seconds = clock.Elapsed.TotalSeconds;
        return process.ExitCode is 0 or 1
            ? seconds
            : throw new InvalidOperationException($"autograder {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result}");
    }

    private static TimeSpan Timed(TraceReplay replay, Func<INativeHeap, IZoneAllocator> create)
    {
        using var heap = new TrackedHeap();
        return replay.Replay(create, heap);
    }

    private static TimeSpan Elapsed(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed;
    }

    private static TimeSpan Fastest(int times, Func<TimeSpan> measure) => Enumerable.Range(0, times).Select(_ => measure()).Min();

    private static string Rate(int operations, TimeSpan time) =>
        string.Create(CultureInfo.InvariantCulture, $"{operations / time.TotalSeconds / 1e6:0.00} M/s");

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static string? Argument(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    /// <summary>Folders for one run's outputs, deleted at the end.</summary>
    private sealed class Scratch : IDisposable
    {
        private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("autograder-end-to-end-");
        private int _next;

        public string Fresh(string name) =>
            Directory.CreateDirectory(Path.Combine(_root.FullName, string.Create(CultureInfo.InvariantCulture, $"{name}-{_next++}"))).FullName;

        public void Dispose() => _root.Delete(recursive: true);
    }
}
