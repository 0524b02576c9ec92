namespace Autograder.Scoring;

/// <summary>The submission uses none of the APIs <see cref="Patterns"/> names, except those <see cref="Allowed"/> names.</summary>
public sealed record BannedApiRule : RubricRule
{
    /// <inheritdoc />
    public override string Id => RuleIds.BannedApi;

    /// <inheritdoc />
    public override string Description => "a banned API is used";

    /// <summary>The banned APIs, each with what it forbids when the rubric says.</summary>
    public required IReadOnlyList<ApiPattern> Patterns { get; init; }

    /// <summary>APIs allowed even where a pattern bans them (as in <c>System.Reflection.MemberInfo.Name</c>).</summary>
    public IReadOnlyList<ApiPattern> Allowed { get; init; } = [];
}
