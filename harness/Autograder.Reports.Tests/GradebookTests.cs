namespace Autograder.Reports.Tests;

public sealed class GradebookTests
{
    [Fact]
    public void The_gradebook_has_a_row_per_submission_and_a_column_per_case_with_crlf_line_ends()
    {
        var csv = Gradebook.ToCsv([.. Submissions.All.Select(ClassRow.From)]);

        var rows = csv.Split("\r\n");
        Assert.Equal("submission,first-fit-takes-the-lowest-hole,every-operation,hidden-trap,after-the-deadline,penalties,total,max_score,percent,problem", rows[0]);
        Assert.Equal("best-fit,1,4,1,4,18,0,16,0,", rows[2]);
        Assert.Equal(string.Empty, rows[^1]);
    }

    [Fact]
    public void A_field_with_a_comma_a_quote_or_a_line_break_is_quoted_with_its_quotes_doubled()
    {
        var rubric = Submissions.Rubric;
        var report = new SubmissionReport("o'brien, \"jr\"", Scoring.Scorer.NotGraded(rubric, "line one\r\nline \"two\""), TimeSpan.Zero, Sandboxed: true);

        var csv = Gradebook.ToCsv([ClassRow.From(report)]);

        Assert.EndsWith("\r\n\"o'brien, \"\"jr\"\"\",,,,,0,0,16,0,\"line one\r\nline \"\"two\"\"\"\r\n", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\";\"click\")")]
    [InlineData("+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void A_name_or_problem_a_spreadsheet_would_run_as_a_formula_starts_with_an_apostrophe(string text)
    {
        var report = new SubmissionReport(text, Scoring.Scorer.NotGraded(Submissions.Rubric, text), TimeSpan.Zero, Sandboxed: true);

        var row = Gradebook.ToCsv([ClassRow.From(report)]).Split("\r\n")[1];

        var quoted = text.Contains('"', StringComparison.Ordinal) ? "\"'" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : "'" + text;
        Assert.StartsWith(quoted + ",", row, StringComparison.Ordinal);
        Assert.EndsWith("," + quoted, row, StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_that_did_not_run_has_an_empty_cell_rather_than_a_zero()
    {
        var csv = Gradebook.ToCsv([ClassRow.From(Submissions.Named("broken-build"))]);

        Assert.StartsWith("broken-build,,,,,0,0,16,0,", csv.Split("\r\n")[1], StringComparison.Ordinal);
    }
}
