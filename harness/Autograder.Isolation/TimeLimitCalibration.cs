using System.Diagnostics;
using System.Runtime.Loader;
using Autograder.Cases;
using Autograder.Compilation;
using Autograder.Execution;

namespace Autograder.Isolation;

/// <summary>
/// Time limits that scale with the machine: the bundled LinkedList sample, a straightforward correct
/// submission, is timed on each case here and now, and a case may take many times as long. A correct
/// straightforward submission is then never timed out on a slow or busy machine, and an infinite loop
/// is still stopped within seconds.
/// </summary>
public sealed class TimeLimitCalibration
{
    /// <summary>How many times the yardstick's time a case may take.</summary>
    public const int Factor = 20;

    /// <summary>The least time a case is given, whatever the yardstick says.</summary>
    public static readonly TimeSpan Floor = TimeSpan.FromSeconds(2);

    private readonly Dictionary<CaseDefinition, TimeSpan> _limits;

    private TimeLimitCalibration(Dictionary<CaseDefinition, TimeSpan> limits) => _limits = limits;

    /// <summary>The shortest and longest limit of the calibrated cases.</summary>
    public (TimeSpan Shortest, TimeSpan Longest) Range =>
        _limits.Count == 0 ? (Floor, Floor) : (_limits.Values.Min(), _limits.Values.Max());

    /// <summary>Times the yardstick on every case (twice each, keeping the faster run, so JIT warm-up is not counted).</summary>
    public static TimeLimitCalibration Calibrate(IEnumerable<CaseDefinition> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var context = new AssemblyLoadContext("time-limit-yardstick", isCollectible: true);
        try
        {
            var allocator = SubmittedAllocator.Find(CompileYardstick().LoadInto(context));
            var limits = new Dictionary<CaseDefinition, TimeSpan>(ReferenceEqualityComparer.Instance);
            foreach (var @case in cases)
            {
                var fastest = Enumerable.Range(0, 2).Select(_ => Time(() => CaseExecutor.Run(@case, allocator))).Min();
                limits[@case] = TimeSpan.FromTicks(Math.Max(Floor.Ticks, fastest.Ticks * Factor));
            }

            return new TimeLimitCalibration(limits);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>The limit of <paramref name="case"/>; the floor for a case that was not calibrated.</summary>
    public TimeSpan LimitOf(CaseDefinition @case) => _limits.TryGetValue(@case, out var limit) ? limit : Floor;

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
