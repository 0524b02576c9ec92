namespace Autograder.Scoring;

/// <summary>At most <see cref="MaxCallSites"/> places in the submission call <c>INativeHeap.Malloc</c>.</summary>
public sealed record MallocCallSitesRule : RubricRule
{
    /// <summary>The course's limit: the zone record, the region, a node.</summary>
    public const int DefaultMaxCallSites = 3;

    /// <inheritdoc />
    public override string Id => RuleIds.MallocCallSites;

    /// <inheritdoc />
    public override string Description => $"more than {MaxCallSites} Malloc call sites";

    /// <summary>How many call sites are allowed.</summary>
    public int MaxCallSites { get; init; } = DefaultMaxCallSites;
}
