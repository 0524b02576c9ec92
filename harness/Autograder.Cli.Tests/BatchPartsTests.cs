using System.IO.Compression;
using Autograder.Reports;
using Autograder.Scoring;

namespace Autograder.Cli.Tests;

/// <summary>The pieces of a batch: shares, archives, records and the order of plain progress lines.</summary>
public sealed class BatchPartsTests
{
    [Fact]
    public void Shards_are_disjoint_cover_the_batch_and_differ_in_size_by_at_most_one()
    {
        var shards = Enumerable.Range(1, 4).Select(index => Shard.Parse($"{index}/4")).ToList();
        var owners = Enumerable.Range(0, 103).Select(ordinal => shards.Where(shard => shard.Holds(ordinal)).ToList()).ToList();

        Assert.All(owners, owner => Assert.Single(owner));
        var sizes = shards.Select(shard => owners.Count(owner => owner[0] == shard)).ToList();
        Assert.Equal([26, 26, 26, 25], sizes);
    }

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("1/0")]
    [InlineData("1-4")]
    [InlineData("a/b")]
    [InlineData("-1/4")]
    public void A_shard_that_is_not_i_of_n_says_how_to_write_it(string text)
    {
        var error = Assert.Throws<UserInputException>(() => Shard.Parse(text));

        Assert.Contains("write --shard 1/4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_archive_entry_that_would_land_outside_its_folder_is_refused()
    {
        using var temp = new TempFolder();
        var zip = Path.Combine(temp.Path, "evil.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(archive.CreateEntry("../escaped.cs").Open());
            writer.Write("class Escaped {}");
        }

        var error = Assert.Throws<UserInputException>(() => SubmissionArchive.Extract(zip, Path.Combine(temp.Path, "unpacked")));

        Assert.Contains("'../escaped.cs', which would unpack outside its folder", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, "escaped.cs")));
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_one_message_saying_what_to_pass()
    {
        using var temp = new TempFolder();
        var zip = Path.Combine(temp.Path, "class.zip");
        File.WriteAllText(zip, "not a zip");

        var error = Assert.Throws<UserInputException>(() => SubmissionPaths.Expand([zip], Path.Combine(temp.Path, "unpacked")));

        Assert.StartsWith($"'{zip}' is not a readable .zip archive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_of_student_folders_expands_to_one_submission_per_folder_in_name_order()
    {
        using var temp = new TempFolder();
        var zip = Path.Combine(temp.Path, "class.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var student in new[] { "zoe", "adam" })
            {
                using var writer = new StreamWriter(archive.CreateEntry($"{student}/ZoneAllocator.cs").Open());
                writer.Write("class ZoneAllocator {}");
            }
        }

        var submissions = SubmissionPaths.Expand([zip], Path.Combine(temp.Path, "unpacked"));

        Assert.Equal(["adam", "zoe"], submissions.Select(submission => submission.Name));
        Assert.Equal([0, 1], submissions.Select(submission => submission.Ordinal));
    }

    [Fact]
    public void Two_submissions_with_one_name_are_refused_before_their_reports_overwrite_each_other()
    {
        using var temp = new TempFolder();
        foreach (var parent in new[] { "a", "b" })
        {
            Directory.CreateDirectory(Path.Combine(temp.Path, parent, "alice"));
            File.WriteAllText(Path.Combine(temp.Path, parent, "alice", "Zone.cs"), "class Zone {}");
        }

        var error = Assert.Throws<UserInputException>(() =>
            SubmissionPaths.Expand([Path.Combine(temp.Path, "a", "alice"), Path.Combine(temp.Path, "b", "alice")], temp.Path));

        Assert.StartsWith("Two submissions are both named 'alice'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_reads_back_as_written_and_a_damaged_one_is_not_taken_as_finished()
    {
        using var temp = new TempFolder();
        var record = Record("alice", 3);
        record.WriteInto(temp.Path);

        var read = GradeRecord.TryRead(temp.Path, out var problem);

        Assert.Null(problem);
        Assert.NotNull(read);
        Assert.Equal(record with { Row = read.Row }, read);
        Assert.Equal(record.Row.Cases, read.Row.Cases);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp"));

        var file = Path.Combine(temp.Path, GradeRecord.FileName);
        File.WriteAllText(file, File.ReadAllText(file)[..40]);
        Assert.Null(GradeRecord.TryRead(temp.Path, out problem));
        Assert.StartsWith($"{file} cannot be read", problem, StringComparison.Ordinal);

        File.WriteAllText(file, "{\"format\": 1}");
        Assert.Null(GradeRecord.TryRead(temp.Path, out problem));
        Assert.NotNull(problem);
    }

    [Fact]
    public void Plain_progress_prints_rows_in_batch_order_whatever_order_they_finish_in()
    {
        var submissions = new[] { "ann", "bob", "cy" }.Select((name, ordinal) => new Submission(name, name, ordinal)).ToList();
        using var console = new StringWriter();
        var progress = new PlainBatchProgress(console, BatchTable.For(submissions), submissions);

        progress.Finished(submissions[2], Record("cy", 2), resumed: false);
        Assert.Equal(string.Empty, console.ToString());
        progress.Failed(submissions[1], new IOException("disk full"));
        Assert.Equal(string.Empty, console.ToString());
        progress.Finished(submissions[0], Record("ann", 0), resumed: true);

        Assert.Equal(
            [
                "ann               3/4      1/1        1/1  (kept from an earlier run)",
                "bob                 -        -          -  not graded: the grader failed (IOException: disk full)",
                "cy                3/4      1/1        1/1",
            ],
            console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static GradeRecord Record(string name, int ordinal) => new(
        GradeRecord.CurrentFormat,
        ordinal,
        5,
        "submission-hash",
        "rubric-hash",
        new ConsoleRow("1/1", "1/1", string.Empty),
        new ClassRow(name, "Zone allocator", [new ClassRowCase("create-and-destroy", 3, 4, CaseStatus.Failed)], 0, 3, 4, 75, true, null));
}
