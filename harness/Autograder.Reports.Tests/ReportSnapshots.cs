namespace Autograder.Reports.Tests;

/// <summary>Every format, for the richest submission and for one that could not be graded, compared with approved copies.</summary>
public sealed class ReportSnapshots
{
    private static readonly ReportWriter Writer = new();

    [Theory]
    [InlineData("results.json")]
    [InlineData("report.md")]
    [InlineData("report.html")]
    [InlineData("junit.xml")]
    [InlineData("summary.md")]
    public void Each_format_of_a_failing_submission_with_penalties_matches_its_snapshot(string file)
    {
        var files = Writer.RenderSubmission(Submissions.Named("best-fit"));

        Snapshot.Match("best-fit." + file, files[file]);
    }

    [Theory]
    [InlineData("results.json")]
    [InlineData("report.md")]
    [InlineData("junit.xml")]
    [InlineData("summary.md")]
    public void Each_format_of_a_submission_that_could_not_be_graded_matches_its_snapshot(string file)
    {
        var files = Writer.RenderSubmission(Submissions.Named("broken-build"));

        Snapshot.Match("broken-build." + file, files[file]);
    }

    [Fact]
    public void The_markdown_report_of_a_leaking_submission_run_without_the_sandbox_matches_its_snapshot()
    {
        var files = Writer.RenderSubmission(Submissions.Named("leaky"));

        Snapshot.Match("leaky.report.md", files["report.md"]);
    }

    [Fact]
    public void The_class_reports_match_their_snapshots()
    {
        using var folder = new TempFolder();

        Writer.WriteClass(folder.Path, Submissions.All);

        Snapshot.Match("class.gradebook.csv", File.ReadAllText(Path.Combine(folder.Path, "gradebook.csv")));
        Snapshot.Match("class.class-summary.html", File.ReadAllText(Path.Combine(folder.Path, "class-summary.html")));
    }
}
