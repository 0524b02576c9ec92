using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace Autograder.Cli.Tests;

/// <summary>End-to-end: a killed batch resumes without regrading, and shards merged equal one run.</summary>
public sealed class BatchResumeAndShardTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    [Fact(Timeout = 600_000)]
    public async Task A_batch_killed_midway_resumes_and_grades_only_what_had_not_finished()
    {
        using var temp = new TempFolder();
        var submissions = ClassFolder.Create(temp.Path);
        var output = Path.Combine(temp.Path, "out");

        // One job, so the batch is surely midway when the first submission finishes.
        var finishedBeforeKill = await Task.Run(() =>
        {
            using var grading = CliProcess.Start(RepositoryPaths.Root, "grade", submissions, "--out", output, "--jobs", "1");
            var clock = Stopwatch.StartNew();
            while (Records(output).Count == 0 && !grading.HasExited && clock.Elapsed < Limit)
            {
                Thread.Sleep(20);
            }

            grading.Kill(entireProcessTree: true);
            grading.WaitForExit();
            return Records(output);
        });
        Assert.InRange(finishedBeforeKill.Count, 1, 4);
        Assert.False(File.Exists(Path.Combine(output, "gradebook.csv")), "the killed run got to the end");
        var kept = finishedBeforeKill.ToDictionary(path => path, File.GetLastWriteTimeUtc);

        var (exitCode, console, error) = await Task.Run(() => CliProcess.Run(Limit, RepositoryPaths.Root, "grade", submissions, "--out", output, "--jobs", "1"));

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains($"{kept.Count} of them were graded before, unchanged since, and keep their results", console, StringComparison.Ordinal);
        Assert.Equal(kept.Count, console.Split('\n').Count(line => line.EndsWith("(kept from an earlier run)", StringComparison.Ordinal)));
        Assert.All(kept, record => Assert.Equal(record.Value, File.GetLastWriteTimeUtc(record.Key)));
        Assert.Equal(5, Records(output).Count);
        var gradebook = File.ReadAllLines(Path.Combine(output, "gradebook.csv"));
        Assert.All(ClassFolder.Samples.Append("DoesNotCompile"), name => Assert.Single(gradebook, row => row.StartsWith(name + ",", StringComparison.Ordinal)));
        Assert.Single(gradebook, row => row.StartsWith("LinkedList,4,4,", StringComparison.Ordinal));

        // A changed submission is graded again; the rest stay as they are.
        File.AppendAllText(Directory.GetFiles(Path.Combine(submissions, "LinkedList"), "*.cs")[0], "\n// edited\n");
        var again = await Task.Run(() => CliProcess.Run(Limit, RepositoryPaths.Root, "grade", submissions, "--out", output));
        Assert.Contains("4 of them were graded before", again.Output, StringComparison.Ordinal);
        var linkedList = Assert.Single(again.Output.Split('\n'), line => line.StartsWith("LinkedList ", StringComparison.Ordinal));
        Assert.DoesNotContain("kept from an earlier run", linkedList, StringComparison.Ordinal);
    }

    [Fact(Timeout = 600_000)]
    public async Task Shards_merged_give_the_gradebook_and_class_summary_of_one_run_from_a_zip()
    {
        using var temp = new TempFolder();
        var submissions = ClassFolder.Create(temp.Path);
        var zip = Path.Combine(temp.Path, "class.zip");
        ZipFile.CreateFromDirectory(submissions, zip);
        var whole = Path.Combine(temp.Path, "whole");
        var shards = new[] { "1/3", "2/3", "3/3" }.Select((shard, n) => (Shard: shard, Folder: Path.Combine(temp.Path, $"shard-{n + 1}"))).ToList();

        var run = await Task.Run(() => CliProcess.Run(Limit, RepositoryPaths.Root, "grade", zip, "--out", whole));
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var (shard, folder) in shards)
        {
            var graded = await Task.Run(() => CliProcess.Run(Limit, RepositoryPaths.Root, "grade", submissions, "--shard", shard, "--out", folder));
            Assert.Equal(ExitCodes.Success, graded.ExitCode);
            Assert.StartsWith($"Grading shard {shard}: ", graded.Output, StringComparison.Ordinal);
        }

        var merged = Path.Combine(temp.Path, "merged");
        var merge = await Task.Run(() => CliProcess.Run(Limit, RepositoryPaths.Root, ["merge", .. shards.Select(s => s.Folder), "--out", merged]));

        Assert.Equal(ExitCodes.Success, merge.ExitCode);
        Assert.Equal(string.Empty, merge.Error);
        Assert.Equal(File.ReadAllText(Path.Combine(whole, "gradebook.csv")), File.ReadAllText(Path.Combine(merged, "gradebook.csv")));
        Assert.Equal(File.ReadAllText(Path.Combine(whole, "class-summary.html")), File.ReadAllText(Path.Combine(merged, "class-summary.html")));
        Assert.All(ClassFolder.Samples, sample => Assert.True(File.Exists(Path.Combine(merged, sample, "report.html")), sample));
        Assert.Equal(
            Score(Path.Combine(whole, "BestFit", "results.json")),
            Score(Path.Combine(merged, "BestFit", "results.json")));

        // A missing shard is said, with what to do; a shard passed twice or graded on another rubric is refused.
        var partial = await Task.Run(() => CliProcess.Run(Limit, RepositoryPaths.Root, "merge", shards[0].Folder, shards[1].Folder, "--out", Path.Combine(temp.Path, "partial")));
        Assert.Equal(ExitCodes.UserError, partial.ExitCode);
        Assert.Contains("1 of the batch's 5 submissions have no results here", partial.Error, StringComparison.Ordinal);
        var twice = await Task.Run(() => CliProcess.Run(Limit, RepositoryPaths.Root, "merge", shards[0].Folder, shards[0].Folder, "--out", Path.Combine(temp.Path, "twice")));
        Assert.Equal(ExitCodes.UserError, twice.ExitCode);
        Assert.Contains("was graded in more than one folder", twice.Error, StringComparison.Ordinal);
        var record = Records(shards[2].Folder)[0];
        File.WriteAllText(record, File.ReadAllText(record).Replace("\"rubricFingerprint\": \"", "\"rubricFingerprint\": \"0", StringComparison.Ordinal));
        var mixed = await Task.Run(() => CliProcess.Run(Limit, RepositoryPaths.Root, ["merge", .. shards.Select(s => s.Folder), "--out", Path.Combine(temp.Path, "mixed")]));
        Assert.Equal(ExitCodes.UserError, mixed.ExitCode);
        Assert.Contains("were graded with different rubrics", mixed.Error, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_shard_that_is_not_i_of_n_is_one_line_saying_how_to_write_it()
    {
        var (exitCode, console, error) = await Task.Run(() => CliProcess.Run(Limit, RepositoryPaths.Root, "grade", "--shard", "0/4"));

        Assert.Equal(ExitCodes.UserError, exitCode);
        Assert.Equal(string.Empty, console);
        Assert.StartsWith("error: --shard '0/4' is not i/n with 1 <= i <= n: write --shard 1/4", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    private static List<string> Records(string output) => Directory.Exists(output)
        ? [.. Directory.EnumerateFiles(output, "grade.json", SearchOption.AllDirectories)]
        : [];

    private static decimal Score(string resultsJson) => JsonNode.Parse(File.ReadAllText(resultsJson))!["score"]!.GetValue<decimal>();
}
