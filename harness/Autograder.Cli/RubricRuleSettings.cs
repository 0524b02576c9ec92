using Autograder.Compilation.Rules;
using Autograder.Scoring;

namespace Autograder.Cli;

/// <summary>What the IL scanner looks for, as the rubric's rules say.</summary>
internal static class RubricRuleSettings
{
    public static IlRuleSettings From(RubricRules rules) => new()
    {
        MaxMallocCallSites = rules.MallocCallSites?.MaxCallSites ?? MallocCallSitesRule.DefaultMaxCallSites,
        BannedApis = rules.BannedApis?.Patterns.Select(p => p.Reason is null ? new BannedApi(p.Text) : new BannedApi(p.Text, p.Reason)).ToList() ?? [],
        AllowedApis = rules.BannedApis?.Allowed.Select(p => p.Text).ToList() ?? [],
    };
}
