using System.Diagnostics;
using System.Runtime.Loader;
using Autograder.Cases;
using Autograder.Compilation;
using Autograder.Execution;

namespace Autograder.Isolation;

/// <summary>
/// Time limits that scale with the machine: the bundled LinkedList sample, a straightforward correct
/// submission, is timed on each case on this machine, and a case may take many times as long. A correct
/// straightforward submission is then never timed out on a slow or busy machine, and an infinite loop
/// is still stopped within seconds. The times can be saved (<see cref="CalibrationCache"/>), so that a
/// student's second self-check does not time the yardstick again.
/// </summary>
public sealed class TimeLimitCalibration
{
    /// <summary>How many times the yardstick's time a case may take.</summary>
    public const int Factor = 20;

    /// <summary>The least time a case is given, whatever the yardstick says.</summary>
    public static readonly TimeSpan Floor = TimeSpan.FromSeconds(2);

    private readonly Dictionary<CaseDefinition, TimeSpan> _limits;

    private TimeLimitCalibration(Dictionary<CaseDefinition, TimeSpan> limits, int casesTimed)
    {
        _limits = limits;
        CasesTimed = casesTimed;
    }

    /// <summary>The shortest and longest limit of the calibrated cases.</summary>
    public (TimeSpan Shortest, TimeSpan Longest) Range =>
        _limits.Count == 0 ? (Floor, Floor) : (_limits.Values.Min(), _limits.Values.Max());

    /// <summary>How many cases the yardstick ran on for this calibration; the others' times were saved ones.</summary>
    public int CasesTimed { get; }

    /// <summary>Times the yardstick on every case (twice each, keeping the faster run, so JIT warm-up is not counted).</summary>
    public static TimeLimitCalibration Calibrate(IEnumerable<CaseDefinition> cases) => Calibrate(cases, cacheFile: null);

    /// <summary>
    /// Like <see cref="Calibrate(IEnumerable{CaseDefinition})"/>, but takes a case's time from
    /// <paramref name="cacheFile"/> where this machine and build measured the same operations within
    /// the last week, and saves the times it measures there. On a full hit the yardstick is neither
    /// compiled nor run. A cache file that cannot be read or written is ignored.
    /// </summary>
    /// <param name="cases">The cases to give limits.</param>
    /// <param name="cacheFile">The file of saved times, or null to time every case.</param>
    public static TimeLimitCalibration Calibrate(IEnumerable<CaseDefinition> cases, string? cacheFile) =>
        Calibrate(cases, cacheFile is null ? null : new CalibrationCache(cacheFile, MachineFingerprint.Current), TimeProvider.System);

    internal static TimeLimitCalibration Calibrate(IEnumerable<CaseDefinition> cases, CalibrationCache? cache, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var now = time.GetUtcNow();
        var saved = cache?.Read(now) ?? [];
        var hashes = new Dictionary<CaseDefinition, string>(ReferenceEqualityComparer.Instance);
        foreach (var @case in cases)
        {
            hashes[@case] = cache is null ? string.Empty : CaseContentHash.Of(@case);
        }

        var missing = hashes.Keys.Where(@case => !saved.ContainsKey(hashes[@case])).ToList();
        var measured = TimeYardstick(missing);
        if (cache is not null && missing.Count > 0)
        {
            foreach (var (@case, yardstick) in measured)
            {
                saved[hashes[@case]] = new SavedTime(yardstick, now);
            }

            cache.Write(saved);
        }

        var limits = new Dictionary<CaseDefinition, TimeSpan>(ReferenceEqualityComparer.Instance);
        foreach (var (@case, hash) in hashes)
        {
            var yardstick = measured.TryGetValue(@case, out var fresh) ? fresh : saved[hash].Time;
            limits[@case] = TimeSpan.FromTicks(Math.Max(Floor.Ticks, yardstick.Ticks * Factor));
        }

        return new TimeLimitCalibration(limits, missing.Count);
    }

    /// <summary>The limit of <paramref name="case"/>; the floor for a case that was not calibrated.</summary>
    public TimeSpan LimitOf(CaseDefinition @case) => _limits.TryGetValue(@case, out var limit) ? limit : Floor;

    private static Dictionary<CaseDefinition, TimeSpan> TimeYardstick(IReadOnlyList<CaseDefinition> cases)
    {
        var times = new Dictionary<CaseDefinition, TimeSpan>(ReferenceEqualityComparer.Instance);
        if (cases.Count == 0)
        {
            return times;
        }

        var context = new AssemblyLoadContext("time-limit-yardstick", isCollectible: true);
        try
        {
            var allocator = SubmittedAllocator.Find(CompileYardstick().LoadInto(context));
            foreach (var @case in cases)
            {
                times[@case] = Enumerable.Range(0, 2).Select(_ => Time(() => CaseExecutor.Run(@case, allocator))).Min();
            }

            return times;
        }
        finally
        {
            context.Unload();
        }
    }

    private static TimeSpan Time(Action run)
    {
        var clock = Stopwatch.StartNew();
        run();
        return clock.Elapsed;
    }

    private static CompiledSubmission CompileYardstick()
    {
        var folder = Directory.CreateTempSubdirectory("autograder-yardstick-");
        try
        {
            var assembly = typeof(TimeLimitCalibration).Assembly;
            foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith("Yardstick/", StringComparison.Ordinal)))
            {
                using var source = assembly.GetManifestResourceStream(resource)!;
                using var target = File.Create(Path.Combine(folder.FullName, resource["Yardstick/".Length..]));
                source.CopyTo(target);
            }

            return new SubmissionCompiler().Compile(folder.FullName) switch
            {
                CompilationOutcome.Succeeded succeeded => succeeded.Submission,
                var failed => throw new InvalidOperationException($"the bundled yardstick does not compile: {failed}"),
            };
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
