using System.CommandLine;
using System.Globalization;

namespace Autograder.Cli;

/// <summary>
/// <c>autograder merge DIR... [--out DIR] [--templates DIR]</c>: combines the output folders of a batch graded
/// in shares (<c>grade --shard i/n</c>) into one gradebook and class summary, as one unsharded run writes them.
/// </summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var folders = new Argument<string[]>("folders") { Description = "The --out folders of the shards.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Where the merged gradebook and class summary go, with every submission's reports.", DefaultValueFactory = _ => "out" };
        var templates = new Option<string?>("--templates") { Description = "A folder of report templates that replace the built-in ones." };
        var command = new Command("merge", "Combine the output of graded shards into one gradebook and class summary.")
        {
            folders, output, templates,
        }.With(
            ("autograder merge out/shard-1 out/shard-2 --out out", "two shards into out/"),
            ("autograder merge shards/*/ --out class", "every shard a CI matrix uploaded"));
        command.SetAction(parse => Run(parse.GetValue(folders)!, parse.GetValue(output)!, parse.GetValue(templates), parse.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string[] folders, string outputFolder, string? templatesFolder, TextWriter console)
    {
        var records = new List<(GradeRecord Record, string Folder)>();
        var unfinished = new List<string>();
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                throw new UserInputException($"'{folder}' is not a folder. Pass the --out folders that 'autograder grade --shard i/n' wrote.");
            }

            foreach (var submission in Directory.EnumerateDirectories(folder).Where(child => !Path.GetFileName(child).StartsWith('.')).Order(StringComparer.Ordinal))
            {
                if (GradeRecord.TryRead(submission, out var problem) is { } record)
                {
                    records.Add((record, submission));
                }
                else if (File.Exists(Path.Combine(submission, GradeRecord.FileName)))
                {
                    throw new UserInputException($"{problem}. Grade that shard again (the same grade command resumes where it stopped), then merge again.");
                }
                else if (File.Exists(Path.Combine(submission, "results.json")))
                {
                    unfinished.Add(submission);
                }
            }
        }

        if (records.Count == 0)
        {
            throw new UserInputException($"No graded submissions in {string.Join(", ", folders)}. Pass the --out folders of 'autograder grade' runs.");
        }

        Check(records);
        var root = RepositoryLayout.FindRoot();
        var reports = GradeCommand.OpenTemplates(templatesFolder ?? (root is null ? null : Path.Combine(root, "reports")));
        var ordered = records.OrderBy(entry => entry.Record.Ordinal).ToList();
        Directory.CreateDirectory(outputFolder);
        foreach (var (record, folder) in ordered)
        {
            CopyFolder(folder, Path.Combine(outputFolder, record.Row.Name));
        }

        reports.WriteClass(outputFolder, [.. ordered.Select(entry => entry.Record.Row)]);
        var batchSize = ordered[0].Record.BatchSize;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Merged {ordered.Count} of {batchSize} submissions from {folders.Length} folders into {outputFolder}{Path.DirectorySeparatorChar}: gradebook.csv, class-summary.html and a folder per submission."));
        if (ordered.Count == batchSize)
        {
            return ExitCodes.Success;
        }

        var present = ordered.Select(entry => entry.Record.Ordinal).ToHashSet();
        var missing = Enumerable.Range(0, batchSize).Where(ordinal => !present.Contains(ordinal)).ToList();
        var started = unfinished.Count == 0 ? string.Empty : $" ({unfinished.Count} were started but not finished, e.g. {unfinished[0]})";
        Console.Error.WriteLine($"error: {missing.Count} of the batch's {batchSize} submissions have no results here{started}: a shard did not finish or was not passed. Run the missing shard's grade command again (it resumes), then merge again.");
        return ExitCodes.UserError;
    }

    // Shards are only comparable when graded on the same rubric and cases, and each submission is graded once.
    private static void Check(List<(GradeRecord Record, string Folder)> records)
    {
        var first = records[0];
        foreach (var (record, folder) in records)
        {
            if (record.RubricFingerprint != first.Record.RubricFingerprint)
            {
                throw new UserInputException($"{folder} and {first.Folder} were graded with different rubrics, cases or grader builds, so their scores do not compare. Grade every shard with the same grading.json and grader.");
            }

            if (record.BatchSize != first.Record.BatchSize)
            {
                throw new UserInputException($"{folder} belongs to a batch of {record.BatchSize} submissions and {first.Folder} to one of {first.Record.BatchSize}. Grade every shard from the same list of submissions.");
            }
        }

        var twice = records.GroupBy(entry => entry.Record.Row.Name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (twice is not null)
        {
            throw new UserInputException($"'{twice.Key}' was graded in more than one folder ({string.Join(" and ", twice.Select(entry => entry.Folder))}). Pass each shard's folder once, and give each shard its own --out.");
        }
    }

    private static void CopyFolder(string source, string target)
    {
        if (Path.GetFullPath(source) == Path.GetFullPath(target))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
