using BenchmarkDotNet.Running;

namespace Autograder.Benchmarks;

/// <summary>
/// Runs the yardsticks: <c>dotnet run -c Release --project harness/Autograder.Benchmarks -- --filter '*'</c>
/// for the micro benchmarks, <c>-- isolation</c> for the costs of running submissions in workers, or
/// <c>-- end-to-end [--traces DIR] [--batch N]</c> for every figure a user feels, each against its goal.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["end-to-end", .. var rest])
        {
            EndToEndCosts.Run(Console.Out, rest);
            return;
        }

        if (args is ["isolation", ..])
        {
            IsolationCosts.Run(Console.Out);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
