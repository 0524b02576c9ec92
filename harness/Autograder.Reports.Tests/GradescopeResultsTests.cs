using System.Text.Json;
using Autograder.Scoring;

namespace Autograder.Reports.Tests;

/// <summary>results.json holds only fields Gradescope documents, each of the documented type, with the right values.</summary>
public sealed class GradescopeResultsTests
{
    // The fields of https://gradescope-autograders.readthedocs.io/en/latest/specs/ ("Output format").
    private static readonly string[] DocumentedTopFields =
        ["score", "execution_time", "output", "output_format", "test_output_format", "test_name_format", "visibility", "stdout_visibility", "extra_data", "tests", "leaderboard"];

    private static readonly string[] DocumentedTestFields =
        ["score", "max_score", "status", "name", "name_format", "number", "output", "output_format", "tags", "visibility", "extra_data"];

    private static readonly ReportWriter Writer = new();

    [Theory]
    [InlineData("correct")]
    [InlineData("best-fit")]
    [InlineData("leaky")]
    [InlineData("markup")]
    [InlineData("broken-build")]
    public void Every_field_is_one_gradescope_documents_with_the_documented_type(string submission)
    {
        using var json = Parse(submission);
        var root = json.RootElement;

        Assert.All(root.EnumerateObject(), field => Assert.Contains(field.Name, DocumentedTopFields));
        Assert.Equal(JsonValueKind.Number, root.GetProperty("score").ValueKind);
        Assert.Equal(JsonValueKind.Number, root.GetProperty("execution_time").ValueKind);
        Assert.Equal(JsonValueKind.String, root.GetProperty("output").ValueKind);
        foreach (var test in root.GetProperty("tests").EnumerateArray())
        {
            Assert.All(test.EnumerateObject(), field => Assert.Contains(field.Name, DocumentedTestFields));
            Assert.Equal(JsonValueKind.String, test.GetProperty("name").ValueKind);
            Assert.InRange(test.GetProperty("score").GetDecimal(), 0, test.GetProperty("max_score").GetDecimal());
            Assert.Contains(test.GetProperty("status").GetString(), new[] { "passed", "failed" });
            Assert.Contains(test.GetProperty("visibility").GetString(), VisibilityNames.All.Keys);
            Assert.Equal(JsonValueKind.String, test.GetProperty("output").ValueKind);
        }
    }

    [Fact]
    public void The_score_is_the_total_after_penalties_and_each_test_is_a_case_with_its_points_status_and_visibility()
    {
        var report = Submissions.Named("best-fit");
        using var json = Parse("best-fit");
        var root = json.RootElement;

        Assert.Equal(report.Score.Total, root.GetProperty("score").GetDecimal());
        Assert.Equal(1.25m, root.GetProperty("execution_time").GetDecimal());
        Assert.Equal(
            report.Score.Cases.Select(score => (score.Name, score.Points, score.Max, score.Status == CaseStatus.Passed ? "passed" : "failed", score.Entry.Visibility.Name())),
            root.GetProperty("tests").EnumerateArray().Select(test => (
                test.GetProperty("name").GetString()!,
                test.GetProperty("score").GetDecimal(),
                test.GetProperty("max_score").GetDecimal(),
                test.GetProperty("status").GetString()!,
                test.GetProperty("visibility").GetString()!)));
        Assert.Contains("Penalty of 10 points: a banned API is used", root.GetProperty("output").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_visible_failure_s_output_has_the_step_both_sides_the_zone_and_the_shortest_failing_case()
    {
        using var json = Parse("best-fit");

        var output = Test(json, "first-fit-takes-the-lowest-hole").GetProperty("output").GetString()!;

        Assert.Contains("at cases/public/05-first-fit-takes-the-lowest-hole.case:12: f = zalloc z 24", output, StringComparison.Ordinal);
        Assert.Contains("expected: the reference puts the block at offset 16", output, StringComparison.Ordinal);
        Assert.Contains("actual:   your code puts the block at offset 96", output, StringComparison.Ordinal);
        Assert.Contains("zone z: 256 bytes, 3 live blocks", output, StringComparison.Ordinal);
        Assert.Contains("case first-fit-takes-the-lowest-hole-minimized", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hidden_case_is_a_test_gradescope_hides_whose_output_is_one_summary_line()
    {
        using var json = Parse("best-fit");

        var test = Test(json, "hidden-trap");

        Assert.Equal("hidden", test.GetProperty("visibility").GetString());
        Assert.Equal("Hidden case, 1/4 points, failed: the block is not where first fit puts it.\n", test.GetProperty("output").GetString());
    }

    [Fact]
    public void A_submission_that_could_not_be_graded_scores_zero_and_says_why()
    {
        using var json = Parse("broken-build");
        var root = json.RootElement;

        Assert.Equal(0, root.GetProperty("score").GetDecimal());
        Assert.Contains("Your submission could not be graded: does not compile:", root.GetProperty("output").GetString(), StringComparison.Ordinal);
        Assert.All(root.GetProperty("tests").EnumerateArray(), test => Assert.Equal("failed", test.GetProperty("status").GetString()));
    }

    [Fact]
    public void A_run_without_the_sandbox_says_so_in_the_output()
    {
        using var leaky = Parse("leaky");
        using var correct = Parse("correct");

        Assert.Contains("Note: your code ran without the sandbox.", leaky.RootElement.GetProperty("output").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("sandbox", correct.RootElement.GetProperty("output").GetString(), StringComparison.Ordinal);
    }

    private static JsonDocument Parse(string submission) =>
        JsonDocument.Parse(Writer.RenderSubmission(Submissions.Named(submission))["results.json"]);

    private static JsonElement Test(JsonDocument json, string name) =>
        json.RootElement.GetProperty("tests").EnumerateArray().Single(test => test.GetProperty("name").GetString() == name);
}
