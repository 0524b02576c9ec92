namespace Autograder.Reports.Model;

/// <summary>
/// A zone drawn as a strip: a shape per block and per free run, scaled to <see cref="Width"/> pixels, with the
/// bytes the failure is about marked. Coordinates are formatted numbers, ready for SVG attributes.
/// </summary>
public sealed record ZonePicture
{
    /// <summary>The picture's width in pixels.</summary>
    public required string Width { get; init; }

    /// <summary>The picture's height in pixels.</summary>
    public required string Height { get; init; }

    /// <summary>Where the strip starts, from the left.</summary>
    public required string StripX { get; init; }

    /// <summary>Where the strip's top is.</summary>
    public required string StripY { get; init; }

    /// <summary>The strip's width.</summary>
    public required string StripWidth { get; init; }

    /// <summary>The strip's height.</summary>
    public required string StripHeight { get; init; }

    /// <summary>The baseline of the names written inside blocks.</summary>
    public required string LabelY { get; init; }

    /// <summary>The top of the mark around the marked bytes (a little above the strip).</summary>
    public required string MarkY { get; init; }

    /// <summary>The height of the mark around the marked bytes.</summary>
    public required string MarkHeight { get; init; }

    /// <summary>The baseline of the offsets written under the strip.</summary>
    public required string TickY { get; init; }

    /// <summary>What the picture shows, in a sentence: the zone, its size, its blocks, the part shown.</summary>
    public required string Caption { get; init; }

    /// <summary>The blocks and free runs, left to right.</summary>
    public required IReadOnlyList<ZoneShape> Shapes { get; init; }

    /// <summary>The marked bytes; null when the failure is about no bytes in particular.</summary>
    public ZoneShape? Marked { get; init; }

    /// <summary>Offsets written under the strip.</summary>
    public required IReadOnlyList<ZoneTick> Ticks { get; init; }
}
