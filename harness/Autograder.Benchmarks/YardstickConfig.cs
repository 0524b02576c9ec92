using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace Autograder.Benchmarks;

/// <summary>
/// One job for every yardstick, sized so the whole suite runs in a few minutes on a two-core machine:
/// two processes per case (so one unlucky memory layout cannot decide a ratio), a short warm-up, and
/// enough measured iterations that the error column is small next to the means compared.
/// </summary>
public sealed class YardstickConfig : ManualConfig
{
    public YardstickConfig()
    {
        AddJob(Job.Default
            .WithId("Yardstick")
            .WithLaunchCount(2)
            .WithWarmupCount(4)
            .WithIterationCount(12)
            .WithIterationTime(TimeInterval.FromMilliseconds(200)));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
