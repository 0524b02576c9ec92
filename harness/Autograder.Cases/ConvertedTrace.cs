namespace Autograder.Cases;

/// <summary>The steps of a trace's body (zone slot 0), its block names, and the zone size first fit needs for them.</summary>
internal sealed record ConvertedTrace(IReadOnlyList<CaseStep> Steps, IReadOnlyList<string> BlockNames, ulong PeakFootprint);
