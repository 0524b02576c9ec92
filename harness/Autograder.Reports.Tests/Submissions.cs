using Autograder.Cases;
using Autograder.Checking;
using Autograder.Execution;
using Autograder.Scoring;
using Zones;
using Zones.Reference;

namespace Autograder.Reports.Tests;

/// <summary>
/// A fixed class of five submissions, graded for real in process on four cases (two visible, one hidden, one
/// shown after the due date): a correct one, best fit with rule findings, a leaky one run without the sandbox,
/// one whose exception message is full of markup, and one that does not compile. Timings are fixed.
/// </summary>
internal static class Submissions
{
    public const string HiddenCaseSource = "cases/hidden/secret-trap.case";

    public static CaseDefinition Holes { get; } = new CaseBuilder("first-fit-takes-the-lowest-hole", "Freed holes are reused lowest offset first, even when a later hole fits more tightly.", "cases/public/05-first-fit-takes-the-lowest-hole.case", firstLine: 4)
        .Zone("z", 256).Alloc("a", "z", 16).Alloc("wide", "z", 64).Alloc("c", "z", 16).Alloc("tight", "z", 24).Alloc("e", "z", 16)
        .Free("z", "wide").Free("z", "tight").Alloc("f", "z", 24).BlockSize("z", "f").Destroy("z")
        .Build();

    public static CaseDefinition EveryOperation { get; } = new CaseBuilder("every-operation", "Each operation once: two blocks, a size, a dump, frees and a destroy.", "cases/public/06-every-operation.case", firstLine: 4)
        .Zone("z", 128).Alloc("a", "z", 13).Alloc("b", "z", 64).BlockSize("z", "a").Free("z", "a").Dump("z").Free("z", "b").Destroy("z")
        .Build();

    /// <summary>The hidden case: every name in it is unique to it, so that a report that leaks its steps is caught.</summary>
    public static CaseDefinition Hidden { get; } = new CaseBuilder("hidden-trap", "A secret trap that only first fit passes.", HiddenCaseSource, firstLine: 4)
        .Zone("hiddenzone", 512).Alloc("secretone", "hiddenzone", 32).Alloc("secretwide", "hiddenzone", 96).Alloc("secrettwo", "hiddenzone", 32)
        .Alloc("secrettight", "hiddenzone", 40).Alloc("secretthree", "hiddenzone", 32).Free("hiddenzone", "secretwide").Free("hiddenzone", "secrettight")
        .Alloc("secretpick", "hiddenzone", 40).Destroy("hiddenzone")
        .Build();

    public static CaseDefinition AfterDueDate { get; } = new CaseBuilder("after-the-deadline", "A block freed right away.", "cases/public/07-after-the-deadline.case", firstLine: 4)
        .Zone("z", 64).Alloc("a", "z", 8).Free("z", "a").Destroy("z")
        .Build();

    public static Rubric Rubric { get; } = new()
    {
        Title = "Zone allocator",
        MinimumScore = 60,
        Cases =
        [
            new RubricCase(Holes, CasePoints.CourseDefault, Visibility.Visible, TimeLimit.Auto),
            new RubricCase(EveryOperation, CasePoints.CourseDefault, Visibility.Visible, TimeLimit.Auto),
            new RubricCase(Hidden, CasePoints.CourseDefault, Visibility.Hidden, TimeLimit.Auto),
            new RubricCase(AfterDueDate, CasePoints.CourseDefault, Visibility.AfterDueDate, TimeLimit.Auto),
        ],
        Rules = new RubricRules
        {
            MallocCallSites = new MallocCallSitesRule { Penalty = 8, Per = PenaltyBasis.PerRule },
            BannedApis = new BannedApiRule
            {
                Patterns = [ApiPattern.TryParse("System.Reflection.*", "use reflection", out _)!],
                Penalty = 10,
                Per = PenaltyBasis.PerFinding,
                MaxPenalty = 40,
            },
        },
    };

    public const string BrokenBuild = "does not compile:\nAllocator.cs(3,14): error CS1002: ; expected\nAllocator.cs(9,1): error CS1022: Type or namespace definition, or end-of-file expected";

    private static readonly Lazy<IReadOnlyList<SubmissionReport>> Graded = new(Grade);

    /// <summary>The class, graded once for the whole test run.</summary>
    public static IReadOnlyList<SubmissionReport> All => Graded.Value;

    public static SubmissionReport Named(string name) => All.Single(report => report.Name == name);

    /// <summary>Grades the class from scratch.</summary>
    public static IReadOnlyList<SubmissionReport> Grade()
    {
        var reference = new ReferenceAnswers();
        return
        [
            Report("correct", heap => new ReferenceZoneAllocator(heap), [], 0.5, sandboxed: true, reference),
            Report(
                "best-fit",
                heap => new BestFitOverReference(heap),
                [
                    new RuleFinding(RuleIds.BannedApi, "BestFit.Zalloc", "calls System.Reflection.MethodBase.Invoke"),
                    new RuleFinding(RuleIds.MallocCallSites, "BestFit", "4 Malloc call sites, where 3 are allowed: CreateZone (2), Zalloc, Zfree"),
                ],
                1.25,
                sandboxed: true,
                reference),
            Report("leaky", heap => new LeaksOnFree(heap), [], 2, sandboxed: false, reference),
            Report("markup", heap => new ThrowsMarkup(heap), [], 0.75, sandboxed: true, reference),
            new SubmissionReport("broken-build", Scorer.NotGraded(Rubric, BrokenBuild), TimeSpan.FromSeconds(3.5), Sandboxed: true),
        ];
    }

    private static SubmissionReport Report(
        string name, Func<INativeHeap, IZoneAllocator> allocator, IReadOnlyList<RuleFinding> findings, double seconds, bool sandboxed, ReferenceAnswers reference)
    {
        var grader = new CaseGrader(new InProcessCaseRunner(allocator), reference, Rubric.CheckOptions);
        var grades = Rubric.Cases.Select(entry => grader.Grade(entry.Case)).ToList();
        return new SubmissionReport(name, Scorer.Score(Rubric, grades, findings), TimeSpan.FromSeconds(seconds), sandboxed);
    }
}
