namespace Autograder.Reports.Model;

/// <summary>
/// What report.md.hbs, report.html.hbs, junit.xml.hbs and summary.md.hbs receive: one submission's score, its
/// cases and its penalties, with every number already formatted. reports/README.md lists the fields.
/// </summary>
public sealed record SubmissionModel
{
    /// <summary>The assignment's title, from the rubric.</summary>
    public required string Title { get; init; }

    /// <summary>The submission's name.</summary>
    public required string Name { get; init; }

    /// <summary>The score after penalties.</summary>
    public required string Total { get; init; }

    /// <summary>The most the rubric gives.</summary>
    public required string Max { get; init; }

    /// <summary>The total as a percentage of the maximum.</summary>
    public required string Percent { get; init; }

    /// <summary>The points the cases earned, before penalties.</summary>
    public required string Earned { get; init; }

    /// <summary>The points the rules took off.</summary>
    public required string PenaltyPoints { get; init; }

    /// <summary>The rubric's minimum percentage for CI.</summary>
    public required string MinimumScore { get; init; }

    /// <summary>Whether the score reaches the minimum.</summary>
    public required bool MeetsMinimum { get; init; }

    /// <summary>How many cases passed.</summary>
    public required int Passed { get; init; }

    /// <summary>How many cases failed or did not run.</summary>
    public required int Failed { get; init; }

    /// <summary>How many cases the rubric has.</summary>
    public required int CaseCount { get; init; }

    /// <summary>Why the submission could not be graded; null when it was.</summary>
    public string? Problem { get; init; }

    /// <summary>How long grading took, in seconds.</summary>
    public required string ExecutionSeconds { get; init; }

    /// <summary>Whether the submission ran in the sandbox.</summary>
    public required bool Sandboxed { get; init; }

    /// <summary>Every case, in rubric order.</summary>
    public required IReadOnlyList<CaseModel> Cases { get; init; }

    /// <summary>The cases that did not pass, in rubric order (hidden ones too, without details).</summary>
    public required IReadOnlyList<CaseModel> FailingCases { get; init; }

    /// <summary>The cases that did not pass and whose details a student may see.</summary>
    public required IReadOnlyList<CaseModel> ExplainedFailures { get; init; }

    /// <summary>How many failing cases are not explained because of their visibility.</summary>
    public required int UnexplainedFailures { get; init; }

    /// <summary>The rule penalties.</summary>
    public required IReadOnlyList<PenaltyModel> Penalties { get; init; }
}
