using Autograder.Cases;
using Zones;

namespace Autograder.Checking.Tests;

public sealed class FailureTextSnapshots
{
    /// <summary>A zone with holes, where the last allocation has a choice to make.</summary>
    private static CaseDefinition Holes { get; } = new CaseBuilder("first-fit-takes-the-lowest-hole", "Freed holes are reused lowest offset first.")
        .Zone("z", 256)
        .Alloc("a", "z", 16)
        .Alloc("wide", "z", 64)
        .Alloc("c", "z", 16)
        .Alloc("tight", "z", 24)
        .Alloc("e", "z", 16)
        .Free("z", "wide")
        .Free("z", "tight")
        .Alloc("f", "z", 24)
        .BlockSize("z", "f")
        .Destroy("z")
        .Build();

    [Fact]
    public void A_block_in_the_wrong_place_shows_both_offsets_and_the_zone()
    {
        Match("wrong-offset", Holes, heap => new BestFitOverReference(heap));
    }

    [Fact]
    public void An_undetected_double_free_quotes_the_reference_message()
    {
        Match("missing-violation", Grading.EveryOperation, heap => new IgnoresBadFrees(heap));
    }

    [Fact]
    public void A_dump_that_differs_shows_both_dumps_and_the_first_different_line()
    {
        Match("dump-mismatch", Grading.EveryOperation, heap => new DumpsWithoutHeader(heap));
    }

    [Fact]
    public void A_damaged_block_names_the_byte_and_the_likely_cause()
    {
        Match("payload-damaged", Grading.EveryOperation, heap => new KeepsMetadataInTheRegion(heap));
    }

    [Fact]
    public void A_leak_lists_bytes_by_allocation_site()
    {
        Match("leak", Grading.EveryOperation, heap => new LeaksOnFree(heap));
    }

    private static void Match(string name, CaseDefinition @case, Func<INativeHeap, IZoneAllocator> allocator)
    {
        var grade = Grading.Grade(@case, allocator);
        var minimized = grade.Minimized is { } shortest ? (shortest, $"out/minimized/{shortest.Name}.case") : ((CaseDefinition, string)?)null;

        Snapshot.Match(name, FailureText.Render(@case, grade.Verdict, minimized));
    }
}
