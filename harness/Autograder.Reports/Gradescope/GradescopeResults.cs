using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Autograder.Cases;
using Autograder.Checking;
using Autograder.Scoring;

namespace Autograder.Reports.Gradescope;

/// <summary>
/// Writes Gradescope's results.json (https://gradescope-autograders.readthedocs.io/en/latest/specs/) with
/// System.Text.Json: the score after penalties, a test per case with its visibility, and outputs in which a
/// hidden case is one summary line.
/// </summary>
internal static class GradescopeResults
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        // The file is read as JSON, never embedded in a page, so text stays readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(SubmissionReport report) => JsonSerializer.Serialize(Result(report), Options) + "\n";

    public static GradescopeResult Result(SubmissionReport report)
    {
        var score = report.Score;
        return new GradescopeResult(
            Numbers.Normalize(score.Total),
            Numbers.Normalize(Math.Round((decimal)report.ExecutionTime.TotalSeconds, 2, MidpointRounding.AwayFromZero)),
            Output(report),
            score.Cases.Select(caseScore => Test(caseScore, score.Problem)).ToList());
    }

    private static GradescopeTest Test(CaseScore score, string? problem) => new(
        score.Name,
        Numbers.Normalize(score.Points),
        Numbers.Normalize(score.Max),
        score.Status == CaseStatus.Passed ? "passed" : "failed",
        score.Entry.Visibility == Visibility.Hidden ? CaseSummary.Hidden(score, problem) : Explanation(score, problem),
        score.Entry.Visibility.Name());

    // Cases shown after the due date or publication carry their whole explanation: Gradescope withholds them until then.
    private static string Explanation(CaseScore score, string? problem)
    {
        if (score.Grade is not { } grade || score.Status == CaseStatus.Passed)
        {
            return $"{CaseSummary.Status(score)}: {CaseSummary.Line(score, problem)}\n";
        }

        var text = new StringBuilder(score.Entry.Case.Description).Append("\n\n");
        text.Append(FailureText.Render(grade.Case, grade.Verdict));
        if (grade.Minimized is { } minimized)
        {
            text.Append($"\nshortest case that still fails ({minimized.Steps.Count} of {grade.Case.Steps.Count} steps):\n");
            text.Append(CaseWriter.ToText(minimized));
        }

        return text.ToString();
    }

    private static string Output(SubmissionReport report)
    {
        var score = report.Score;
        var text = new StringBuilder();
        text.Append($"{score.Rubric.Title}: {Numbers.Format(score.Total)} of {Numbers.Format(score.Max)} points ({Numbers.Format(score.Percent)}%).\n");
        if (score.Problem is not null)
        {
            text.Append($"Your submission could not be graded: {score.Problem.TrimEnd('\n')}\n");
        }
        else
        {
            var visible = score.Cases.Where(caseScore => caseScore.Entry.Visibility == Visibility.Visible).ToList();
            text.Append($"Visible cases: {visible.Count(caseScore => caseScore.Status == CaseStatus.Passed)} of {visible.Count} passed.\n");
        }

        foreach (var penalty in score.Penalties)
        {
            text.Append($"Penalty of {Numbers.Format(penalty.Points)} points: {penalty.Reason}\n");
            foreach (var finding in penalty.Findings)
            {
                text.Append($"  {finding.Method}: {finding.Detail}\n");
            }
        }

        if (!report.Sandboxed)
        {
            text.Append("Note: your code ran without the sandbox.\n");
        }

        return text.ToString();
    }
}
