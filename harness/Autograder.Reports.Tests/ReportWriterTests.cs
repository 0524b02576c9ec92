namespace Autograder.Reports.Tests;

public sealed class ReportWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_submission_s_reports_go_to_a_folder_named_after_it()
    {
        var folder = new ReportWriter().WriteSubmission(_folder.Path, Submissions.Named("best-fit"));

        Assert.Equal(Path.Combine(_folder.Path, "best-fit"), folder);
        Assert.Equal(ReportWriter.SubmissionFiles.Order(), Directory.GetFiles(folder).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void The_class_reports_go_to_the_output_folder_itself()
    {
        new ReportWriter().WriteClass(_folder.Path, Submissions.All);

        Assert.Equal(ReportWriter.ClassFiles.Order(), Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void The_same_grades_give_the_same_bytes_and_grading_again_gives_the_same_reports()
    {
        var writer = new ReportWriter();
        var regraded = Submissions.Grade();
        using var again = new TempFolder();

        foreach (var (first, second) in Submissions.All.Zip(regraded))
        {
            var once = writer.WriteSubmission(_folder.Path, first);
            var twice = writer.WriteSubmission(again.Path, second);
            foreach (var file in ReportWriter.SubmissionFiles)
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(once, file)), File.ReadAllBytes(Path.Combine(twice, file)));
            }
        }

        writer.WriteClass(_folder.Path, Submissions.All);
        writer.WriteClass(again.Path, regraded);
        foreach (var file in ReportWriter.ClassFiles)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(_folder.Path, file)), File.ReadAllBytes(Path.Combine(again.Path, file)));
        }
    }

    [Fact]
    public void A_writer_opened_for_some_files_renders_those_the_same_as_a_full_writer_and_no_others()
    {
        var report = Submissions.Named("best-fit");
        var full = new ReportWriter().RenderSubmission(report);

        var some = new ReportWriter(null, ["summary.md", "junit.xml"]).RenderSubmission(report);

        Assert.Equal(["junit.xml", "summary.md"], some.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(full["summary.md"], some["summary.md"]);
        Assert.Equal(full["junit.xml"], some["junit.xml"]);
    }

    [Fact]
    public void A_writer_opened_for_some_files_leaves_a_broken_template_it_does_not_need_alone_and_refuses_an_unknown_file()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "report.html.hbs"), "{{#each cases}}");

        var summary = new ReportWriter(_folder.Path, ["summary.md"]).RenderSubmission(Submissions.Named("correct"));

        Assert.Equal(["summary.md"], summary.Keys);
        Assert.Throws<ReportTemplateException>(() => new ReportWriter(_folder.Path, ["summary.md", "report.html"]));
        var unknown = Assert.Throws<ArgumentException>(() => new ReportWriter(null, ["summary.txt"]));
        Assert.StartsWith("'summary.txt' is not a report file; the report files are results.json, report.md,", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_are_utf8_without_a_byte_order_mark()
    {
        var folder = new ReportWriter().WriteSubmission(_folder.Path, Submissions.Named("correct"));

        Assert.All(ReportWriter.SubmissionFiles, file => Assert.NotEqual(0xEF, File.ReadAllBytes(Path.Combine(folder, file))[0]));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("")]
    public void A_submission_name_that_cannot_be_a_folder_name_is_refused(string name)
    {
        var report = Submissions.Named("correct") with { Name = name };

        var error = Assert.Throws<ArgumentException>(() => new ReportWriter().WriteSubmission(_folder.Path, report));

        Assert.StartsWith($"The submission name '{name}' cannot be a folder name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_class_gives_a_gradebook_with_only_its_header_and_a_summary_without_numbers()
    {
        new ReportWriter().WriteClass(_folder.Path, Array.Empty<ClassRow>());

        Assert.Equal("submission,penalties,total,max_score,percent,problem\r\n", File.ReadAllText(Path.Combine(_folder.Path, "gradebook.csv")));
        Assert.Contains("0 submissions", File.ReadAllText(Path.Combine(_folder.Path, "class-summary.html")), StringComparison.Ordinal);
    }
}
