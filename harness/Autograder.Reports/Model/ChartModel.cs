namespace Autograder.Reports.Model;

/// <summary>A bar chart laid out for SVG: its size and its bars, every coordinate a formatted number.</summary>
public sealed record ChartModel
{
    /// <summary>The chart's width in pixels.</summary>
    public required string Width { get; init; }

    /// <summary>The chart's height in pixels.</summary>
    public required string Height { get; init; }

    /// <summary>Where the bars start: the baseline's y for columns, the left edge's x for rows.</summary>
    public required string Baseline { get; init; }

    /// <summary>The bars, in order.</summary>
    public required IReadOnlyList<BarModel> Bars { get; init; }
}
