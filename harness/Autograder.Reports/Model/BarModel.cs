namespace Autograder.Reports.Model;

/// <summary>One bar of a <see cref="ChartModel"/>, with where its label and value go.</summary>
public sealed record BarModel
{
    /// <summary>The bar's left edge.</summary>
    public required string X { get; init; }

    /// <summary>The bar's top edge.</summary>
    public required string Y { get; init; }

    /// <summary>The bar's width.</summary>
    public required string Width { get; init; }

    /// <summary>The bar's height.</summary>
    public required string Height { get; init; }

    /// <summary>What the bar stands for: a score range or a case name.</summary>
    public required string Label { get; init; }

    /// <summary>Where the label goes.</summary>
    public required string LabelX { get; init; }

    /// <summary>Where the label goes.</summary>
    public required string LabelY { get; init; }

    /// <summary>The value written by the bar: a count or a rate.</summary>
    public required string Value { get; init; }

    /// <summary>Where the value goes.</summary>
    public required string ValueX { get; init; }

    /// <summary>Where the value goes.</summary>
    public required string ValueY { get; init; }

    /// <summary>The tooltip: the label and the value in words.</summary>
    public required string Title { get; init; }
}
