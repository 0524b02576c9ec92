using BenchmarkDotNet.Running;

namespace Autograder.Benchmarks;

/// <summary>
/// Runs the yardsticks: <c>dotnet run -c Release --project harness/Autograder.Benchmarks -- --filter '*'</c>
/// for the micro benchmarks, or <c>-- isolation</c> for the costs of running submissions in workers.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["isolation", ..])
        {
            IsolationCosts.Run(Console.Out);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
