namespace Autograder.Cases.Tests;

public sealed class MallocLabTraceImporterTests
{
    private static string Trace(string name) => TestData.File("TraceImport", name);

    private static CaseDefinition Import(string name, ulong? zoneSize = null) =>
        MallocLabTraceImporter.Import(Trace(name), "imported", "An imported trace.", zoneSize);

    private static CaseStep Zalloc(int slot, ulong size, int line) =>
        new() { Operation = Operation.Zalloc, Zone = 0, Block = slot, Size = size, Line = line };

    private static CaseStep Zfree(int slot, int line) => new() { Operation = Operation.Zfree, Zone = 0, Block = slot, Line = line };

    private static CaseStep CreateZone(ulong size) => new() { Operation = Operation.CreateZone, Zone = 0, Size = size };

    private static readonly CaseStep DestroyZone = new() { Operation = Operation.DestroyZone, Zone = 0 };

    [Fact]
    public void A_trace_with_the_classic_four_number_header_becomes_one_zone_and_a_step_per_line()
    {
        var definition = Import("four-number-header.rep");

        Assert.Equal(
            [
                CreateZone(72),
                Zalloc(0, 10, 5), Zalloc(1, 20, 6), Zalloc(2, 30, 7),
                Zfree(1, 8), Zfree(0, 9), Zfree(2, 10),
                DestroyZone,
            ],
            definition.Steps);
        Assert.Equal(["z"], definition.ZoneNames);
        Assert.Equal(["b0", "b1", "b2"], definition.BlockNames);
        Assert.Equal(("imported", "An imported trace.", Trace("four-number-header.rep")), (definition.Name, definition.Description, definition.Source));
        Assert.Null(definition.HeapLimit);
    }

    [Fact]
    public void A_trace_with_the_three_number_header_reads_the_same_operations_one_line_earlier()
    {
        var four = Import("four-number-header.rep");
        var three = Import("three-number-header.rep");

        Assert.Equal(four.Steps.Select(s => s.Line == 0 ? s : s with { Line = s.Line - 1 }), three.Steps);
    }

    [Fact]
    public void Windows_line_ends_read_the_same_as_unix_ones()
    {
        using var folder = new TempFolder();
        var crlf = folder.Write("crlf.rep", File.ReadAllText(Trace("four-number-header.rep")).Replace("\n", "\r\n"));

        var definition = MallocLabTraceImporter.Import(crlf, "imported", "An imported trace.", null);

        Assert.Equal(Import("four-number-header.rep").Steps, definition.Steps);
    }

    [Fact]
    public void A_realloc_frees_the_old_block_and_allocates_the_new_size_under_the_same_name_or_just_allocates_an_id_not_allocated()
    {
        var definition = Import("realloc.rep");

        // r 0 8 (nothing to free), a 1 16, r 0 40 (free, then 40 bytes past b1), f 1, r 0 4 (free, then at 0), f 0.
        Assert.Equal(
            [
                CreateZone(64),
                Zalloc(0, 8, 4), Zalloc(1, 16, 5),
                Zfree(0, 6), Zalloc(0, 40, 6),
                Zfree(1, 7),
                Zfree(0, 8), Zalloc(0, 4, 8),
                Zfree(0, 9),
                DestroyZone,
            ],
            definition.Steps);
        Assert.Equal(["b0", "b1"], definition.BlockNames);
    }

    [Fact]
    public void Free_of_id_minus_1_is_skipped_and_size_0_becomes_size_1()
    {
        var definition = Import("free-null-and-size-0.rep");

        Assert.Equal(
            [CreateZone(16), Zalloc(0, 1, 5), Zalloc(1, 1, 7), Zfree(0, 8), Zfree(1, 9), DestroyZone],
            definition.Steps);
    }

    [Fact]
    public void The_zone_is_as_large_as_first_fit_reaches_which_can_be_more_than_the_peak_of_live_bytes()
    {
        // a 0 8, a 1 8, f 0, a 2 16: at most 24 bytes live, but the 8-byte hole at 0 cannot take 16, so first fit reaches 32.
        var definition = Import("fragmentation.rep");

        Assert.Equal(32UL, definition.Steps[0].Size);
        Assert.Empty(ReferenceReplay.Run(definition).NullSteps);
        Assert.NotEmpty(ReferenceReplay.Run(definition with { Steps = [CreateZone(24), .. definition.Steps.Skip(1)] }).NullSteps);
    }

    [Theory]
    [InlineData("four-number-header.rep")]
    [InlineData("realloc.rep")]
    [InlineData("free-null-and-size-0.rep")]
    [InlineData("fragmentation.rep")]
    public void Every_zalloc_of_an_imported_trace_succeeds_on_the_reference_and_nothing_breaks_the_contract(string name)
    {
        var replay = ReferenceReplay.Run(Import(name));

        Assert.Empty(replay.NullSteps);
        Assert.Empty(replay.ViolationSteps);
        Assert.Equal(0, replay.BytesLeft);
    }

    [Fact]
    public void A_given_zone_size_replaces_the_computed_one()
    {
        Assert.Equal(CreateZone(4096), Import("four-number-header.rep", zoneSize: 4096).Steps[0]);
    }

    [Fact]
    public void The_zone_is_sized_for_the_alignment_asked_for()
    {
        // Footprints 16, 32, 32 at alignment 16.
        var definition = MallocLabTraceImporter.Import(Trace("four-number-header.rep"), "imported", "An imported trace.", null, alignment: 16);

        Assert.Equal(80UL, definition.Steps[0].Size);
        Assert.Empty(ReferenceReplay.Run(definition, alignment: 16).NullSteps);
    }

    [Fact]
    public void A_trace_without_operations_makes_a_zone_of_one_aligned_unit_created_and_destroyed()
    {
        Assert.Equal([CreateZone(8), DestroyZone], Import("no-operations.rep").Steps);
    }

    [Fact]
    public void Locate_names_the_trace_file_and_the_line_of_an_imported_step()
    {
        Assert.Equal($"{Trace("realloc.rep")}:6", Import("realloc.rep").Locate(4));
    }

    [Fact]
    public void Arguments_a_case_cannot_hold_are_refused()
    {
        Assert.Throws<ArgumentException>(() => MallocLabTraceImporter.Import(Trace("realloc.rep"), "Bad Name", "d", null));
        Assert.Throws<ArgumentOutOfRangeException>(() => MallocLabTraceImporter.Import(Trace("realloc.rep"), "ok", "d", 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => MallocLabTraceImporter.Import(Trace("realloc.rep"), "ok", "d", null, alignment: 6));
    }
}
