using Autograder.Reports.Templates;

namespace Autograder.Reports.Tests;

/// <summary>Templates come from an instructor's folder file by file, fall back to the built-in ones, and fail clearly.</summary>
public sealed class TemplateTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_built_in_templates_are_the_repository_s_reports_folder()
    {
        foreach (var name in TemplateSet.Formats.Keys)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "reports", name)), TemplateSet.BuiltIn(name));
        }
    }

    [Fact]
    public void A_folder_overrides_the_templates_it_has_and_the_built_in_ones_fill_in_the_rest()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "summary.md.hbs"), "{{name}}: {{total}}/{{max}}, {{plural failed \"failure\" \"failures\"}}\n");
        var report = Submissions.Named("best-fit");

        var edited = new ReportWriter(_folder.Path).RenderSubmission(report);
        var builtIn = new ReportWriter().RenderSubmission(report);

        Assert.Equal("best-fit: 0/16, 2 failures\n", edited["summary.md"]);
        Assert.Equal(builtIn["report.html"], edited["report.html"]);
        Assert.Equal(builtIn["report.md"], edited["report.md"]);
    }

    [Fact]
    public void The_repository_s_reports_folder_gives_the_same_reports_as_the_built_in_templates()
    {
        var report = Submissions.Named("best-fit");

        Assert.Equal(new ReportWriter().RenderSubmission(report), new ReportWriter(Path.Combine(RepositoryPaths.Root, "reports")).RenderSubmission(report));
    }

    [Fact]
    public void A_template_with_a_syntax_error_stops_the_writer_with_a_message_naming_the_file()
    {
        var path = Path.Combine(_folder.Path, "report.html.hbs");
        File.WriteAllText(path, "<h1>{{name}}</h1>\n{{#each cases}}<p>{{name}}</p>\n");

        var error = Assert.Throws<ReportTemplateException>(() => new ReportWriter(_folder.Path));

        Assert.Equal(path, error.Template);
        Assert.Equal(
            $"{path}: the template does not compile: Reached end of template before block expression '#each' was closed; fix it, or delete it from {_folder.Path} to use the built-in one",
            error.Message);
    }

    [Fact]
    public void A_template_that_names_a_field_the_model_lacks_fails_with_a_message_naming_the_file_and_the_field()
    {
        var path = Path.Combine(_folder.Path, "junit.xml.hbs");
        File.WriteAllText(path, "<testsuite tests=\"{{caseCont}}\"/>\n");
        var writer = new ReportWriter(_folder.Path);

        var error = Assert.Throws<ReportTemplateException>(() => writer.RenderSubmission(Submissions.Named("correct")));

        Assert.Equal(
            $"{path}: the template fails while rendering: caseCont is undefined; check the names it uses against the model described in reports/README.md",
            error.Message);
    }

    [Fact]
    public void A_templates_folder_that_does_not_exist_is_refused()
    {
        var missing = Path.Combine(_folder.Path, "nowhere");

        var error = Assert.Throws<ReportTemplateException>(() => new ReportWriter(missing));

        Assert.Equal($"The templates folder '{missing}' does not exist; pass a folder holding .hbs files (see reports/README.md), or none for the built-in templates.", error.Message);
    }

    [Fact]
    public void Html_reports_escape_what_a_submission_writes_and_keep_it_readable()
    {
        var html = new ReportWriter().RenderSubmission(Submissions.Named("markup"))["report.html"];

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&apos;pwned&apos;)&lt;/script&gt; &amp; &quot;quotes&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_reports_fence_a_text_holding_backticks_with_a_longer_fence()
    {
        var markdown = new ReportWriter().RenderSubmission(Submissions.Named("markup"))["report.md"];

        Assert.Contains("````text\nyour code throws InvalidOperationException: <script>", markdown, StringComparison.Ordinal);
        Assert.Equal("````", TemplateHelpers.Fence("a ``` b"));
        Assert.Equal("```", TemplateHelpers.Fence("no backticks"));
    }

    [Fact]
    public void Markdown_table_cells_escape_pipes_and_fold_line_breaks()
    {
        Assert.Equal("a \\| b c", TemplateHelpers.Cell("a | b\nc"));
    }
}
