using BenchmarkDotNet.Running;

namespace Autograder.Benchmarks;

/// <summary>
/// Runs the yardsticks: <c>dotnet run -c Release --project harness/Autograder.Benchmarks -- --filter '*'</c>.
/// </summary>
public static class Program
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
