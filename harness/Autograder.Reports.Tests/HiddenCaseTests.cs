using Autograder.Cases;

namespace Autograder.Reports.Tests;

/// <summary>Nothing of a hidden case but its name, its points and one summary line reaches a student-visible file.</summary>
public sealed class HiddenCaseTests
{
    private static readonly ReportWriter Writer = new();

    /// <summary>Text only the hidden case's steps, zone, failure and shortest failing case contain.</summary>
    private static IEnumerable<string> Secrets()
    {
        var @case = Submissions.Hidden;
        yield return Submissions.HiddenCaseSource;
        yield return @case.Description;
        foreach (var name in @case.ZoneNames.Concat(@case.BlockNames))
        {
            yield return name;
        }

        foreach (var step in @case.Steps)
        {
            yield return StepSyntax.Format(@case, step);
        }
    }

    [Theory]
    [InlineData("best-fit")]
    [InlineData("leaky")]
    [InlineData("markup")]
    [InlineData("broken-build")]
    public void No_student_visible_format_holds_the_hidden_case_s_steps_description_or_names(string submission)
    {
        var report = Submissions.Named(submission);
        Assert.NotNull(report.Score.Cases.Single(score => score.Name == Submissions.Hidden.Name));

        foreach (var (file, text) in Writer.RenderSubmission(report))
        {
            foreach (var secret in Secrets())
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{file} of {submission} reveals '{secret}' from the hidden case");
            }
        }
    }

    [Fact]
    public void The_hidden_case_s_failure_is_real_and_would_be_explained_if_it_were_visible()
    {
        var grade = Submissions.Named("best-fit").Grades.Single(g => g.Case.Name == Submissions.Hidden.Name);

        Assert.NotNull(grade.Verdict.Divergence);
        Assert.Contains("zone hiddenzone", grade.Verdict.Divergence.ZoneMap, StringComparison.Ordinal);
        Assert.NotNull(grade.Minimized);
    }

    [Fact]
    public void The_hidden_case_still_appears_with_its_points_in_every_format_but_by_name_only_where_gradescope_hides_it()
    {
        var files = Writer.RenderSubmission(Submissions.Named("best-fit"));

        Assert.Contains("hidden-trap", files["results.json"], StringComparison.Ordinal);
        Assert.All(files.Where(file => file.Key != "results.json"), file =>
        {
            Assert.DoesNotContain("hidden-trap", file.Value, StringComparison.Ordinal);
            Assert.Contains("hidden case 3", file.Value, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_case_shown_after_the_due_date_is_explained_in_results_json_only_where_gradescope_withholds_it()
    {
        var files = Writer.RenderSubmission(Submissions.Named("leaky"));

        Assert.Contains(Submissions.AfterDueDate.Description, files["results.json"], StringComparison.Ordinal);
        Assert.All(
            files.Where(file => file.Key != "results.json"),
            file => Assert.DoesNotContain(Submissions.AfterDueDate.Description, file.Value, StringComparison.Ordinal));
    }
}
