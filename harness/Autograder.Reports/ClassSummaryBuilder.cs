using Autograder.Reports.Model;
using Autograder.Scoring;

namespace Autograder.Reports;

/// <summary>Turns a batch's reports into the class summary's model: statistics and two charts laid out for SVG.</summary>
internal static class ClassSummaryBuilder
{
    private const int Buckets = 10;
    private const double ColumnsWidth = 640;
    private const double ColumnsHeight = 260;
    private const double PlotLeft = 20;
    private const double PlotTop = 24;
    private const double PlotBottom = 220;
    private const double RowsLeft = 300;
    private const double RowsBarWidth = 420;
    private const double RowHeight = 20;
    private const int LongestProblem = 160;

    public static ClassSummaryModel Build(IReadOnlyList<ClassRow> reports)
    {
        var totals = reports.Select(report => report.Total).Order().ToList();
        var max = reports.Count > 0 ? reports[0].Max : 0;
        return new ClassSummaryModel
        {
            Title = reports.Count > 0 ? reports[0].Title : "Class summary",
            SubmissionCount = reports.Count,
            NotGraded = reports.Count(report => report.Problem is not null),
            Max = Numbers.Format(max),
            Mean = totals.Count == 0 ? "-" : Numbers.Format(Math.Round(totals.Sum() / totals.Count, 2, MidpointRounding.AwayFromZero)),
            Median = totals.Count == 0 ? "-" : Numbers.Format(Median(totals)),
            Lowest = totals.Count == 0 ? "-" : Numbers.Format(totals[0]),
            Highest = totals.Count == 0 ? "-" : Numbers.Format(totals[^1]),
            Submissions = reports.Select(Row).ToList(),
            Distribution = Distribution(reports),
            PassRates = PassRates(reports),
        };
    }

    private static ClassRowModel Row(ClassRow report) => new()
    {
        Name = report.Name,
        Total = Numbers.Format(report.Total),
        Percent = Numbers.Format(report.Percent),
        Passed = report.PassedCount,
        Failed = report.FailedCount,
        PenaltyPoints = Numbers.Format(report.PenaltyPoints),
        MeetsMinimum = report.MeetsMinimum,
        Problem = report.Problem is { } problem ? OneLine(problem) : null,
    };

    // "does not compile:" alone says little; the first error after it says what to look at.
    private static string OneLine(string problem)
    {
        var line = string.Join(' ', problem.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= LongestProblem ? line : line[..(LongestProblem - 3)] + "...";
    }

    private static decimal Median(List<decimal> sorted) => sorted.Count % 2 == 1
        ? sorted[sorted.Count / 2]
        : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    // Tenths of the maximum: 0-9%, 10-19%, ..., 90-100% (a full score falls in the last).
    private static ChartModel Distribution(IReadOnlyList<ClassRow> reports)
    {
        var counts = new int[Buckets];
        foreach (var report in reports)
        {
            counts[Math.Min(Buckets - 1, (int)(report.Percent / 10))]++;
        }

        var tallest = Math.Max(1, counts.Max());
        var slot = (ColumnsWidth - (2 * PlotLeft)) / Buckets;
        var bars = counts.Select((count, bucket) =>
        {
            var height = (PlotBottom - PlotTop) * count / tallest;
            var x = PlotLeft + (bucket * slot) + 4;
            var label = bucket == Buckets - 1 ? "90-100%" : $"{bucket * 10}-{(bucket * 10) + 9}%";
            var submissions = count == 1 ? "1 submission" : $"{count} submissions";
            return new BarModel
            {
                X = Numbers.Format(x, 2),
                Y = Numbers.Format(PlotBottom - height, 2),
                Width = Numbers.Format(slot - 8, 2),
                Height = Numbers.Format(height, 2),
                Label = label,
                LabelX = Numbers.Format(x + ((slot - 8) / 2), 2),
                LabelY = Numbers.Format(PlotBottom + 18, 2),
                Value = Numbers.Format(count),
                ValueX = Numbers.Format(x + ((slot - 8) / 2), 2),
                ValueY = Numbers.Format(PlotBottom - height - 6, 2),
                Title = $"{label}: {submissions}",
            };
        }).ToList();

        return new ChartModel
        {
            Width = Numbers.Format(ColumnsWidth, 2),
            Height = Numbers.Format(ColumnsHeight, 2),
            Baseline = Numbers.Format(PlotBottom, 2),
            Bars = bars,
        };
    }

    private static ChartModel PassRates(IReadOnlyList<ClassRow> reports)
    {
        var names = reports.SelectMany(report => report.Cases.Select(score => score.Name)).Distinct(StringComparer.Ordinal).ToList();
        var bars = names.Select((name, row) =>
        {
            var passed = reports.Count(report => report.Cases.Any(score => score.Name == name && score.Status == CaseStatus.Passed));
            var rate = reports.Count == 0 ? 0 : (double)passed / reports.Count;
            var y = 8 + (row * RowHeight);
            var width = RowsBarWidth * rate;
            var percent = Numbers.Format(rate * 100, 0) + "%";
            return new BarModel
            {
                X = Numbers.Format(RowsLeft, 2),
                Y = Numbers.Format(y, 2),
                Width = Numbers.Format(width, 2),
                Height = Numbers.Format(RowHeight - 6, 2),
                Label = name,
                LabelX = Numbers.Format(RowsLeft - 8, 2),
                LabelY = Numbers.Format(y + 11, 2),
                Value = percent,
                ValueX = Numbers.Format(RowsLeft + width + 6, 2),
                ValueY = Numbers.Format(y + 11, 2),
                Title = $"{name}: {passed} of {reports.Count} passed ({percent})",
            };
        }).ToList();

        return new ChartModel
        {
            Width = Numbers.Format(RowsLeft + RowsBarWidth + 60, 2),
            Height = Numbers.Format(16 + (names.Count * RowHeight), 2),
            Baseline = Numbers.Format(RowsLeft, 2),
            Bars = bars,
        };
    }
}
