namespace Autograder.Cli.Tests;

/// <summary>--help on every command ends with examples a user can copy.</summary>
public sealed class HelpTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact(Timeout = 300_000)]
    public async Task Every_command_s_help_shows_examples_of_that_command()
    {
        var (_, top, _) = await Task.Run(() => CliProcess.Run(Limit, RepositoryPaths.Root, "--help"));
        var commands = top.Split('\n')
            .SkipWhile(line => line != "Commands:")
            .Skip(1)
            .TakeWhile(line => line.Length > 0)
            .Select(line => line.Trim().Split(' ')[0])
            .ToList();

        Assert.Contains("grade", commands);
        Assert.Contains("merge", commands);
        Assert.Contains("\nExamples:\n  autograder grade ", top, StringComparison.Ordinal);
        foreach (var command in commands)
        {
            var (exitCode, help, error) = await Task.Run(() => CliProcess.Run(Limit, RepositoryPaths.Root, [.. command.Split(' '), "--help"]));

            Assert.Equal(0, exitCode);
            Assert.Equal(string.Empty, error);
            var examples = help[(help.IndexOf("\nExamples:\n", StringComparison.Ordinal) + 1)..];
            Assert.True(examples.Length < help.Length, $"'{command} --help' has no examples");
            var lines = examples.Split('\n').Skip(1).Where(line => line.Length > 0).ToList();
            Assert.All(lines, line => Assert.StartsWith("  autograder ", line, StringComparison.Ordinal));
            Assert.Contains(lines, line => line.StartsWith($"  autograder {command}", StringComparison.Ordinal));
        }
    }
}
