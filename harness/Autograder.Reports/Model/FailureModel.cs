namespace Autograder.Reports.Model;

/// <summary>Why a visible case failed: the step, both sides, the zone, the leaks and the shortest failing case.</summary>
public sealed record FailureModel
{
    /// <summary>Whether a step differed from the reference (false when the case only leaked).</summary>
    public required bool HasDivergence { get; init; }

    /// <summary>Where: the case file and line of the step, or a sentence for the final teardown.</summary>
    public string? Location { get; init; }

    /// <summary>The step as the case file writes it; null for the final teardown.</summary>
    public string? Step { get; init; }

    /// <summary>What went wrong, in a few words.</summary>
    public string? Problem { get; init; }

    /// <summary>What the reference did.</summary>
    public string? Expected { get; init; }

    /// <summary>What the submission did.</summary>
    public string? Actual { get; init; }

    /// <summary>The zone before the step, drawn as text.</summary>
    public string? ZoneMap { get; init; }

    /// <summary>The zone before the step, as shapes for an SVG picture.</summary>
    public ZonePicture? Zone { get; init; }

    /// <summary>Whether the run ended with bytes still taken from the heap.</summary>
    public required bool HasLeaks { get; init; }

    /// <summary>How many bytes leaked.</summary>
    public required string LeakedBytes { get; init; }

    /// <summary>How many heap blocks leaked.</summary>
    public required int LeakedBlocks { get; init; }

    /// <summary>The leaks by where they were allocated, largest first.</summary>
    public required IReadOnlyList<LeakSiteModel> LeakSites { get; init; }

    /// <summary>Whether leaks could not be measured because the run did not reach its end.</summary>
    public required bool LeaksNotMeasured { get; init; }

    /// <summary>The shortest case that still fails, as a case file; null when there is none.</summary>
    public string? Minimized { get; init; }

    /// <summary>How many steps the shortest case has.</summary>
    public int MinimizedSteps { get; init; }

    /// <summary>How many steps the case has.</summary>
    public required int Steps { get; init; }

    /// <summary>The whole explanation as plain text, as failures.txt writes it.</summary>
    public required string Text { get; init; }
}
