namespace Autograder.Scoring;

/// <summary>The rule ids a <see cref="RuleFinding"/> carries.</summary>
public static class RuleIds
{
    /// <summary>More <c>Malloc</c> call sites than the rubric allows.</summary>
    public const string MallocCallSites = "malloc-call-sites";

    /// <summary>A use of an API the rubric bans.</summary>
    public const string BannedApi = "banned-api";

    /// <summary>A native function the submission declares itself (DllImport or LibraryImport).</summary>
    public const string PInvoke = "p-invoke";
}
