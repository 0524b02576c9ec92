using Autograder.Cases;
using Autograder.Execution;
using Zones;
using Zones.Reference;

namespace Autograder.Checking.Tests;

/// <summary>Runs cases in process against an allocator and checks them against the reference.</summary>
internal static class Grading
{
    public static readonly ReferenceAnswers Reference = new();

    /// <summary>
    /// One case that calls every operation once or more: two blocks, sizes, a double free, a dump, a destroy.
    /// Each broken allocator first diverges at the step that shows its one bug.
    /// </summary>
    public static CaseDefinition EveryOperation { get; } = new CaseBuilder("every-operation")
        .Zone("z", 128)        // step 0
        .Alloc("a", "z", 13)   // step 1
        .Alloc("b", "z", 64)   // step 2
        .BlockSize("z", "a")   // step 3
        .ZoneSize("z")         // step 4
        .Free("z", "a")        // step 5
        .Free("z", "a")        // step 6: a double free
        .Dump("z")             // step 7
        .Free("z", "b")        // step 8
        .Destroy("z")          // step 9
        .Build();

    public static CaseGrade Grade(CaseDefinition @case, Func<INativeHeap, IZoneAllocator> allocator, bool minimize = true) =>
        new CaseGrader(new InProcessCaseRunner(allocator), Reference) { Minimizes = minimize }.Grade(@case);

    public static CaseGrade GradeReference(CaseDefinition @case) =>
        Grade(@case, heap => new ReferenceZoneAllocator(heap, ReferenceZoneAllocator.DefaultAlignment, checkInvariants: true));
}
