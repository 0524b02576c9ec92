using System.Xml.Linq;

namespace Autograder.Reports.Tests;

/// <summary>junit.xml parses, and its counts, names and failure messages agree with the grades.</summary>
public sealed class JUnitReportTests
{
    private static readonly ReportWriter Writer = new();

    [Theory]
    [InlineData("correct")]
    [InlineData("best-fit")]
    [InlineData("leaky")]
    [InlineData("markup")]
    [InlineData("broken-build")]
    public void One_testsuite_has_a_testcase_per_case_and_counts_that_match_them(string submission)
    {
        var report = Submissions.Named(submission);
        var suites = Parse(submission).Root!;

        var suite = Assert.Single(suites.Elements("testsuite"));
        var cases = suite.Elements("testcase").ToList();
        Assert.Equal(submission, (string?)suite.Attribute("name"));
        // Cases whose details are withheld from students go by number.
        var expectedNames = report.Score.Cases.Select((score, i) => score.Entry.Visibility == Autograder.Scoring.Visibility.Visible ? score.Name : $"hidden case {i + 1}");
        Assert.Equal(expectedNames, cases.Select(testcase => (string?)testcase.Attribute("name")));
        Assert.Equal(cases.Count, (int)suite.Attribute("tests")!);
        Assert.Equal(cases.Count(testcase => testcase.Element("failure") is not null), (int)suite.Attribute("failures")!);
        Assert.Equal(report.Score.FailedCount, (int)suite.Attribute("failures")!);
        Assert.Equal((int)suite.Attribute("tests")!, (int)suites.Attribute("tests")!);
        Assert.Equal((int)suite.Attribute("failures")!, (int)suites.Attribute("failures")!);
    }

    [Fact]
    public void A_failure_s_message_is_the_case_s_summary_and_its_text_the_explanation()
    {
        var suite = Parse("best-fit").Root!.Element("testsuite")!;

        var failure = Testcase(suite, "first-fit-takes-the-lowest-hole").Element("failure")!;

        Assert.Equal("the block is not where first fit puts it", (string?)failure.Attribute("message"));
        Assert.StartsWith("at cases/public/05-first-fit-takes-the-lowest-hole.case:12: f = zalloc z 24\n", failure.Value, StringComparison.Ordinal);
        Assert.Null(Testcase(suite, "every-operation").Element("failure"));
    }

    [Fact]
    public void A_leaking_case_fails_with_the_bytes_it_leaked()
    {
        var suite = Parse("leaky").Root!.Element("testsuite")!;

        var failure = Testcase(suite, "every-operation").Element("failure")!;

        Assert.Equal("leaks 48 bytes in 2 heap blocks", (string?)failure.Attribute("message"));
    }

    [Fact]
    public void The_score_and_the_penalties_are_suite_properties()
    {
        var suite = Parse("best-fit").Root!.Element("testsuite")!;

        var properties = suite.Element("properties")!.Elements("property").ToDictionary(p => (string)p.Attribute("name")!, p => (string)p.Attribute("value")!);

        Assert.Equal(("0", "16", "18"), (properties["score"], properties["max_score"], properties["penalty"]));
        Assert.Contains("Penalty of 8 points: more than 3 Malloc call sites", suite.Element("system-out")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_and_control_characters_from_a_submission_still_give_well_formed_xml_with_the_text_intact()
    {
        var suite = Parse("markup").Root!.Element("testsuite")!;

        var failure = Testcase(suite, "every-operation").Element("failure")!;

        Assert.Contains("<script>alert('pwned')</script> & \"quotes\" | pipes ``` fences \uFFFD", failure.Value, StringComparison.Ordinal);
    }

    private static XDocument Parse(string submission) =>
        XDocument.Parse(Writer.RenderSubmission(Submissions.Named(submission))["junit.xml"]);

    private static XElement Testcase(XElement suite, string name) =>
        suite.Elements("testcase").Single(testcase => (string?)testcase.Attribute("name") == name);
}
