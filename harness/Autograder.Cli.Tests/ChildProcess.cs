using System.Diagnostics;

namespace Autograder.Cli.Tests;

/// <summary>Runs a program other than the grader (a packaged script, the dotnet CLI), and kills it if it outlives its time.</summary>
internal static class ChildProcess
{
    public static (int ExitCode, string Output, string Error) Run(
        TimeSpan timeout, string workingDirectory, IReadOnlyDictionary<string, string>? environment, string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} ran longer than {timeout}");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
