namespace Autograder.Scoring;

/// <summary>The rules of a rubric with penalties; a rule the rubric leaves out costs nothing.</summary>
public sealed record RubricRules
{
    /// <summary>No rules.</summary>
    public static RubricRules None { get; } = new();

    /// <summary>The limit on <c>Malloc</c> call sites, if the rubric sets one.</summary>
    public MallocCallSitesRule? MallocCallSites { get; init; }

    /// <summary>The banned APIs, if the rubric bans any.</summary>
    public BannedApiRule? BannedApis { get; init; }

    /// <summary>The penalty for declaring native functions, if the rubric sets one.</summary>
    public PInvokeRule? PInvoke { get; init; }

    /// <summary>Every rule the rubric sets.</summary>
    public IEnumerable<RubricRule> All => new RubricRule?[] { MallocCallSites, BannedApis, PInvoke }.OfType<RubricRule>();

    /// <summary>The rule with id <paramref name="ruleId"/>, or null when the rubric does not set it.</summary>
    public RubricRule? Find(string ruleId) => All.FirstOrDefault(rule => rule.Id == ruleId);
}
