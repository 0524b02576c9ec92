using System.Globalization;
using Autograder.Cases;
using Autograder.Checking;
using Autograder.Reports.Model;
using Autograder.Scoring;

namespace Autograder.Reports;

/// <summary>Turns a <see cref="SubmissionReport"/> into the model the templates receive.</summary>
internal static class SubmissionModelBuilder
{
    public static SubmissionModel Build(SubmissionReport report)
    {
        var score = report.Score;
        var cases = score.Cases.Select((caseScore, index) => Case(caseScore, index + 1, score.Problem)).ToList();
        var failing = cases.Where(@case => !@case.Passed).ToList();
        return new SubmissionModel
        {
            Title = score.Rubric.Title,
            Name = report.Name,
            Total = Numbers.Format(score.Total),
            Max = Numbers.Format(score.Max),
            Percent = Numbers.Format(score.Percent),
            Earned = Numbers.Format(score.Earned),
            PenaltyPoints = Numbers.Format(score.PenaltyPoints),
            MinimumScore = Numbers.Format(score.Rubric.MinimumScore),
            MeetsMinimum = score.MeetsMinimum,
            Passed = score.PassedCount,
            Failed = score.FailedCount,
            CaseCount = score.Cases.Count,
            Problem = score.Problem,
            ExecutionSeconds = Numbers.Seconds(report.ExecutionTime),
            Sandboxed = report.Sandboxed,
            Cases = cases,
            FailingCases = failing,
            ExplainedFailures = failing.Where(@case => @case.Failure is not null).ToList(),
            UnexplainedFailures = failing.Count(@case => @case.Failure is null && @case.Status == "failed"),
            Penalties = score.Penalties
                .Select(penalty => new PenaltyModel(
                    penalty.Rule.Id,
                    Numbers.Format(penalty.Points),
                    penalty.Reason,
                    penalty.Findings.Select(finding => new FindingModel(finding.Method, finding.Detail)).ToList()))
                .ToList(),
        };
    }

    private static CaseModel Case(CaseScore score, int number, string? problem)
    {
        var entry = score.Entry;
        var showsDetails = entry.Visibility == Visibility.Visible;

        // A hidden case's name is a hint in itself ("long-trace-small-blocks"), so students see a number.
        var name = showsDetails ? score.Name : $"hidden case {number}";
        return new CaseModel
        {
            Number = number,
            Name = name,
            Anchor = "case-" + number,
            Description = showsDetails ? entry.Case.Description : null,
            Visibility = entry.Visibility.Name(),
            ShowsDetails = showsDetails,
            Status = CaseSummary.Status(score),
            Passed = score.Status == CaseStatus.Passed,
            Points = Numbers.Format(score.Points),
            Max = Numbers.Format(score.Max),
            Correctness = Numbers.Format(score.Correctness),
            CorrectnessMax = Numbers.Format(entry.Points.Correctness),
            LeakFree = Numbers.Format(score.LeakFree),
            LeakFreeMax = Numbers.Format(entry.Points.LeakFree),
            Summary = CaseSummary.Line(score, problem),
            Failure = showsDetails && score is { Status: CaseStatus.Failed, Grade: { } grade } ? Failure(grade) : null,
        };
    }

    private static FailureModel Failure(CaseGrade grade)
    {
        var @case = grade.Case;
        var verdict = grade.Verdict;
        var divergence = verdict.Divergence;
        var atStep = divergence is not null && divergence.StepIndex < @case.Steps.Count;
        return new FailureModel
        {
            HasDivergence = divergence is not null,
            Location = divergence is null
                ? null
                : atStep ? @case.Locate(divergence.StepIndex) : "the end of the case, when the grader destroys the zones the case left alive",
            Step = atStep ? StepSyntax.Format(@case, @case.Steps[divergence!.StepIndex]) : null,
            Problem = divergence is null ? null : FailureText.Headline(divergence.Kind),
            Expected = divergence?.Expected.TrimEnd('\n'),
            Actual = divergence?.Actual.TrimEnd('\n'),
            ZoneMap = divergence?.ZoneMap?.TrimEnd('\n'),
            Zone = divergence?.Zone is { } zone ? ZonePictureBuilder.Build(zone) : null,
            HasLeaks = verdict.RanToEnd && verdict.Leaks.Count > 0,
            LeakedBytes = verdict.LeakedBytes.ToString(CultureInfo.InvariantCulture),
            LeakedBlocks = verdict.Leaks.Count,
            LeakSites = verdict.Leaks
                .GroupBy(leak => leak.Site ?? "(allocation site not recorded)")
                .Select(site => (Site: site.Key, Bytes: site.Aggregate(0UL, (sum, leak) => sum + leak.Size), Blocks: site.Count()))
                .OrderByDescending(site => site.Bytes)
                .ThenBy(site => site.Site, StringComparer.Ordinal)
                .Select(site => new LeakSiteModel(site.Bytes.ToString(CultureInfo.InvariantCulture), site.Blocks, site.Site))
                .ToList(),
            LeaksNotMeasured = !verdict.RanToEnd,
            Minimized = grade.Minimized is { } minimized ? CaseWriter.ToText(minimized) : null,
            MinimizedSteps = grade.Minimized?.Steps.Count ?? 0,
            Steps = @case.Steps.Count,
            Text = FailureText.Render(@case, verdict),
        };
    }
}
