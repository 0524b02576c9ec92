using System.Diagnostics;

namespace Autograder.Cli.Tests;

/// <summary>Runs the built autograder as a user would, and kills it if it outlives its time.</summary>
internal static class CliProcess
{
    public static (int ExitCode, string Output, string Error) Run(TimeSpan timeout, string workingDirectory, params string[] arguments) =>
        Run(timeout, workingDirectory, new Dictionary<string, string>(), arguments);

    /// <summary>Runs the autograder with <paramref name="environment"/> set on top of this process's environment.</summary>
    public static (int ExitCode, string Output, string Error) Run(TimeSpan timeout, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        using var process = Start(workingDirectory, environment, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"autograder {string.Join(' ', arguments)} ran longer than {timeout}");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Starts the autograder and leaves it running; the caller waits for it or kills it.</summary>
    public static Process Start(string workingDirectory, params string[] arguments) =>
        Start(workingDirectory, new Dictionary<string, string>(), arguments);

    private static Process Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "autograder.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }
}
