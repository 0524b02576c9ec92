namespace Autograder.Reports.Model;

/// <summary>One submission in the class summary.</summary>
public sealed record ClassRowModel
{
    /// <summary>The submission's name.</summary>
    public required string Name { get; init; }

    /// <summary>Its score after penalties.</summary>
    public required string Total { get; init; }

    /// <summary>Its score as a percentage.</summary>
    public required string Percent { get; init; }

    /// <summary>How many cases passed.</summary>
    public required int Passed { get; init; }

    /// <summary>How many cases failed or did not run.</summary>
    public required int Failed { get; init; }

    /// <summary>The points rules took off.</summary>
    public required string PenaltyPoints { get; init; }

    /// <summary>Whether it reaches the rubric's minimum.</summary>
    public required bool MeetsMinimum { get; init; }

    /// <summary>Why it could not be graded, on one line of at most 160 characters; null when it was.</summary>
    public string? Problem { get; init; }
}
