using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Autograder.Benchmarks;

/// <summary>
/// A benchmark's mean divided by the same method's mean at the smallest value of one parameter: how the
/// time per operation grows with that parameter, read off one run.
/// </summary>
public sealed class ScalingColumn(string parameterName) : IColumn
{
    public string Id => $"{nameof(ScalingColumn)}.{parameterName}";

    public string ColumnName => "Scaling";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"Mean divided by the same method's Mean at the smallest {parameterName}";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var smallest = summary.BenchmarksCases
            .Where(other => other.Descriptor == benchmarkCase.Descriptor && other.Job == benchmarkCase.Job)
            .MinBy(ParameterOf);
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var smallestMean = smallest is null ? null : summary[smallest]?.ResultStatistics?.Mean;
        return mean is null || smallestMean is null or 0
            ? "?"
            : (mean.Value / smallestMean.Value).ToString("0.00", CultureInfo.InvariantCulture) + "x";
    }

    public bool IsAvailable(Summary summary) =>
        summary.BenchmarksCases.Any(benchmarkCase => benchmarkCase.Parameters.Items.Any(item => item.Name == parameterName));

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;

    private long ParameterOf(BenchmarkCase benchmarkCase) =>
        Convert.ToInt64(benchmarkCase.Parameters[parameterName], CultureInfo.InvariantCulture);
}
