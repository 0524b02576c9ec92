using Autograder.Cases;

namespace Autograder.Cli.Tests;

public sealed class ImportTraceCommandTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(1);

    [Fact(Timeout = 60_000)]
    public async Task A_trace_becomes_a_case_file_with_the_same_steps_the_trace_directive_gives()
    {
        using var folder = new TempFolder();
        var trace = Path.Combine(RepositoryPaths.Cases, "public", "traces", "small-program.rep");

        var (exitCode, console, error) = await Task.Run(() => CliProcess.Run(Limit, folder.Path, "import-trace", trace));

        Assert.Equal((ExitCodes.Success, string.Empty), (exitCode, error));
        var written = CaseParser.Load(Path.Combine(folder.Path, "small-program.case"));
        var directive = CaseParser.Load(Path.Combine(RepositoryPaths.Cases, "public", "30-imported-trace.case"));
        Assert.Equal("small-program", written.Name);
        Assert.Equal(directive.Steps.Select(step => step with { Line = 0 }), written.Steps.Select(step => step with { Line = 0 }));
        Assert.Equal($"Wrote small-program.case: {written.Steps.Count} steps in one zone of {written.Steps[0].Size} bytes.\n", console);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_malformed_trace_line_is_one_error_naming_the_file_and_line()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "bad.rep"), "20000\n2\n2\n1\na 0 24\nq 1 8\n");

        var (exitCode, _, error) = await Task.Run(() => CliProcess.Run(Limit, folder.Path, "import-trace", "bad.rep"));

        Assert.Equal(ExitCodes.UserError, exitCode);
        Assert.StartsWith("error: bad.rep:6:1: unknown trace operation 'q'", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "bad.case")));
    }
}
