namespace Autograder.Compilation.Rules;

/// <summary>The rules an <see cref="IlFinding"/> can break; the rubric's penalties name them by these ids.</summary>
public static class IlRuleIds
{
    /// <summary>More places call <c>INativeHeap.Malloc</c> than the assignment allows.</summary>
    public const string MallocCallSites = "malloc-call-sites";

    /// <summary>The code uses an API the rules forbid: files, processes, the network, reflection, ...</summary>
    public const string BannedApi = "banned-api";

    /// <summary>The code declares a native function of its own (DllImport or LibraryImport).</summary>
    public const string PInvoke = "p-invoke";
}
