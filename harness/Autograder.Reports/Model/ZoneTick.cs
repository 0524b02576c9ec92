namespace Autograder.Reports.Model;

/// <summary>An offset written under a zone's strip.</summary>
/// <param name="X">Where, in pixels.</param>
/// <param name="Label">The offset.</param>
/// <param name="Anchor">The SVG text-anchor: start, middle or end.</param>
public sealed record ZoneTick(string X, string Label, string Anchor);
