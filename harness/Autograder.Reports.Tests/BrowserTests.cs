using System.Text.RegularExpressions;

namespace Autograder.Reports.Tests;

/// <summary>
/// The HTML reports open in headless Chromium without errors and show what they should. The screenshots stay in
/// the test output folder (screenshots/) for a person to look at.
/// </summary>
public sealed partial class BrowserTests
{
    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact(Timeout = 180_000)]
    public async Task A_student_s_html_report_loads_without_errors_and_shows_the_score_the_cases_and_the_zone()
    {
        var page = new ReportWriter().WriteSubmission(Artifacts, Submissions.Named("best-fit"));
        var html = Path.Combine(page, "report.html");

        var log = await Chromium.ScreenshotAsync(html, Path.Combine(Artifacts, "best-fit.report.png"));
        var dom = await Chromium.DumpDomAsync(html);

        AssertNoPageErrors(log);
        Assert.Contains("<p class=\"score\">0 <small>of 16 points (0%)</small></p>", dom, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#case-1\">first-fit-takes-the-lowest-hole</a>", dom, StringComparison.Ordinal);
        Assert.Matches(ZonePicture(), dom);
        AssertScreenshot(Path.Combine(Artifacts, "best-fit.report.png"));
    }

    [Fact(Timeout = 180_000)]
    public async Task A_report_with_markup_in_the_failure_shows_it_as_text()
    {
        var page = new ReportWriter().WriteSubmission(Artifacts, Submissions.Named("markup"));
        var html = Path.Combine(page, "report.html");

        var log = await Chromium.ScreenshotAsync(html, Path.Combine(Artifacts, "markup.report.png"));
        var dom = await Chromium.DumpDomAsync(html);

        AssertNoPageErrors(log);
        Assert.DoesNotContain("<script>", dom, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert('pwned')&lt;/script&gt;", dom, StringComparison.Ordinal);
    }

    [Theory(Timeout = 180_000)]
    [InlineData("leaky", "<p class=\"note\">This submission ran without the sandbox.</p>")]
    [InlineData("broken-build", "<p class=\"problem\">The submission could not be graded, so every case scores 0.</p>")]
    public async Task A_report_of_a_leaking_or_ungraded_submission_loads_without_errors_and_says_so(string submission, string expected)
    {
        var page = new ReportWriter().WriteSubmission(Artifacts, Submissions.Named(submission));
        var html = Path.Combine(page, "report.html");

        var log = await Chromium.ScreenshotAsync(html, Path.Combine(Artifacts, submission + ".report.png"));
        var dom = await Chromium.DumpDomAsync(html);

        AssertNoPageErrors(log);
        Assert.Contains(expected, dom, StringComparison.Ordinal);
    }

    [Fact(Timeout = 180_000)]
    public async Task The_class_summary_loads_without_errors_and_draws_both_charts()
    {
        var folder = Path.Combine(Artifacts, "class");
        new ReportWriter().WriteClass(folder, Submissions.All);
        var html = Path.Combine(folder, "class-summary.html");

        var log = await Chromium.ScreenshotAsync(html, Path.Combine(Artifacts, "class-summary.png"));
        var dom = await Chromium.DumpDomAsync(html);

        AssertNoPageErrors(log);
        Assert.Equal(2, Regex.Count(dom, "<svg "));
        Assert.Contains("<title>first-fit-takes-the-lowest-hole: 1 of 5 passed (20%)</title>", dom, StringComparison.Ordinal);
        Assert.Contains("<title>0-9%: 2 submissions</title>", dom, StringComparison.Ordinal);
        AssertScreenshot(Path.Combine(Artifacts, "class-summary.png"));
    }

    [Theory]
    [InlineData("report.html")]
    [InlineData("class-summary.html")]
    public void The_html_reports_are_self_contained_with_no_script_and_nothing_fetched(string file)
    {
        var html = file == "report.html"
            ? new ReportWriter().RenderSubmission(Submissions.Named("best-fit"))[file]
            : Templates.TemplateSet.BuiltIn("class-summary.html.hbs");

        Assert.DoesNotMatch(Fetches(), html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    private static void AssertNoPageErrors(string log)
    {
        var errors = log.Split('\n').Where(line => line.Contains("Uncaught", StringComparison.Ordinal) || line.Contains("ERROR:CONSOLE", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, "The page logged errors:\n" + string.Join('\n', errors));
    }

    // A blank page screenshots to a few kilobytes; a page with tables, text and a picture to far more.
    private static void AssertScreenshot(string png)
    {
        var bytes = File.ReadAllBytes(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.True(bytes.Length > 30_000, $"{png} is only {bytes.Length} bytes: the page looks blank");
    }

    [GeneratedRegex("<svg [^>]*role=\"img\"[^>]*>.*?<rect class=\"block\".*?<rect class=\"free\".*?<rect class=\"marked\"", RegexOptions.Singleline)]
    private static partial Regex ZonePicture();

    // A src or href to another host, a stylesheet link, an @import or a CSS url(): anything the page would fetch.
    [GeneratedRegex(@"(src|href)\s*=\s*""(https?:)?//|<link\b|@import|url\(", RegexOptions.IgnoreCase)]
    private static partial Regex Fetches();
}
