using System.Diagnostics.CodeAnalysis;

namespace Autograder.Compilation.Rules;

/// <summary>
/// What <see cref="IlRuleScanner"/> found in an assembly: every Malloc call site and every broken rule,
/// or, when the bytes are not an assembly it can read, why not (<see cref="Error"/>).
/// </summary>
public sealed class IlScanResult
{
    private IlScanResult(IReadOnlyList<MallocCallSite> mallocCallSites, IReadOnlyList<IlFinding> findings, string? error)
    {
        MallocCallSites = mallocCallSites;
        Findings = findings;
        Error = error;
    }

    /// <summary>Every call site of <c>INativeHeap.Malloc</c>, in the order the methods appear in the assembly.</summary>
    public IReadOnlyList<MallocCallSite> MallocCallSites { get; }

    /// <summary>
    /// The broken rules, each (rule, method, detail) once: too many Malloc call sites first, then the others
    /// in the order the methods appear in the assembly.
    /// </summary>
    public IReadOnlyList<IlFinding> Findings { get; }

    /// <summary>Why the assembly could not be scanned, for a person to read; null when it was.</summary>
    public string? Error { get; }

    /// <summary>True when the whole assembly was read; false when <see cref="Error"/> says why not.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Scanned => Error is null;

    internal static IlScanResult Complete(IReadOnlyList<MallocCallSite> mallocCallSites, IReadOnlyList<IlFinding> findings) =>
        new(mallocCallSites, findings, null);

    internal static IlScanResult Unreadable(string error) => new([], [], error);

    /// <summary>A summary: the error, or the number of call sites and findings.</summary>
    public override string ToString() => Scanned
        ? $"{MallocCallSites.Count} Malloc call sites, {Findings.Count} findings"
        : Error;
}
