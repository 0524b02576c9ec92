namespace Autograder.Reports.Model;

/// <summary>A block, a free run, or the marked bytes, as a rectangle of a <see cref="ZonePicture"/>.</summary>
public sealed record ZoneShape
{
    /// <summary><c>block</c>, <c>free</c> or <c>marked</c>: a CSS class.</summary>
    public required string Kind { get; init; }

    /// <summary>The left edge.</summary>
    public required string X { get; init; }

    /// <summary>The width.</summary>
    public required string Width { get; init; }

    /// <summary>The text a tooltip shows: what it is, where, how large.</summary>
    public required string Title { get; init; }

    /// <summary>The name written inside it; empty when it does not fit.</summary>
    public required string Label { get; init; }

    /// <summary>Where the label is centred.</summary>
    public required string LabelX { get; init; }
}
