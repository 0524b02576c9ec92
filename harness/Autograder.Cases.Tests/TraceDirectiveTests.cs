namespace Autograder.Cases.Tests;

public sealed class TraceDirectiveTests
{
    private static readonly string TraceFile = Path.Combine(TestData.Folder("TraceDirective"), "traces", "tiny.rep");

    private static string CaseFile(string name) => Path.Combine(TestData.Folder("TraceDirective"), "cases", name);

    [Fact]
    public void A_trace_line_imports_the_trace_relative_to_the_case_file_under_the_case_name_and_description()
    {
        var parsed = CaseParser.Load(CaseFile("tiny.case"));

        var imported = MallocLabTraceImporter.Import(TraceFile, "tiny-trace", "A tiny malloc-lab trace, imported.", null);

        CaseAssert.Same(imported with { HeapLimit = 100000 }, parsed);
        Assert.Equal(136UL, parsed.Steps[0].Size);
    }

    [Fact]
    public void The_steps_of_a_trace_line_are_located_in_the_trace()
    {
        var parsed = CaseParser.Load(CaseFile("tiny.case"));

        Assert.Equal(TraceFile, parsed.Source);
        Assert.Equal($"{TraceFile}:8", parsed.Locate(4));
    }

    [Fact]
    public void Zone_size_and_alignment_on_the_trace_line_are_passed_to_the_importer()
    {
        var parsed = CaseParser.Load(CaseFile("tiny-sized.case"));

        var imported = MallocLabTraceImporter.Import(
            TraceFile, "tiny-trace-in-a-big-zone", "The same trace in a zone of 4096 bytes, planned for 16-byte alignment.", 4096, 16);

        CaseAssert.Same(imported, parsed);
        Assert.Equal(4096UL, parsed.Steps[0].Size);
    }

    [Fact]
    public void A_trace_that_does_not_exist_is_an_error_at_its_path_naming_where_it_was_looked_for()
    {
        Assert.Equal(
            "cases/public/x.case:3:7: the trace 'cases/traces/missing.rep' does not exist; a trace path is relative to the folder of this case file",
            Parsing.ErrorOf("case x", "description d", "trace ../traces/missing.rep"));
    }

    [Fact]
    public void A_malformed_trace_is_an_error_in_the_trace_file_not_the_case_file()
    {
        using var folder = new TempFolder();
        var trace = folder.Write("traces/bad.rep", "1", "1", "1", "1", "q 0 8");
        var caseFile = folder.Write("cases/bad.case", "case bad", "description d", "trace ../traces/bad.rep");

        var error = Assert.Throws<CaseFormatException>(() => CaseParser.Load(caseFile));

        Assert.Equal((trace, 5, 1), (error.File, error.Line, error.Column));
    }

    [Theory]
    [InlineData("trace", "3:6: expected a path after 'trace', found the end of the line; name a malloc-lab trace relative to this file, as in 'trace ../traces/short1.rep'")]
    [InlineData("trace t.rep 4096", "3:13: expected key=value after 'trace', found '4096'; the keys are zone-size, alignment, as in 'zone-size=4096' with no spaces around '='")]
    [InlineData("trace t.rep size=4096", "3:13: unknown trace setting 'size'; the settings are zone-size, alignment")]
    [InlineData("trace t.rep seed=1", "3:13: unknown trace setting 'seed'; the settings are zone-size, alignment")]
    [InlineData("trace t.rep zone-size=big", "3:23: expected a zone size in bytes, found 'big'; write a whole number in decimal, as in 'zone-size=4096'")]
    [InlineData("trace t.rep zone-size=0", "3:23: 0 is not a zone size; write a number of bytes of at least 1, or leave zone-size out to size the zone from the trace")]
    [InlineData("trace t.rep alignment=3", "3:23: 3 is not an alignment; write a power of two from 1 to 4096, as in 'alignment=8'")]
    public void A_malformed_trace_line_is_an_error_at_the_word_that_is_wrong(string line, string expected)
    {
        Assert.Equal($"{Parsing.File}:{expected}", Parsing.ErrorOf("case x", "description d", line));
    }

    [Fact]
    public void A_step_after_a_trace_line_is_an_error()
    {
        var caseFile = CaseFile("x.case");

        var error = Assert.Throws<CaseFormatException>(
            () => CaseParser.Parse("case x\ndescription d\ntrace ../traces/tiny.rep\nzone_size z", caseFile));

        Assert.Equal(
            $"{caseFile}:4:1: a step cannot follow 'trace' (line 3), which makes all of this case's steps; remove the step or the 'trace' line",
            error.Message);
    }

    [Fact]
    public void A_trace_line_after_steps_is_an_error()
    {
        Assert.Equal(
            $"{Parsing.File}:5:1: 'trace' makes all of a case's steps, but this case already has steps from line 3; keep the steps or the 'trace' line, not both",
            Parsing.ErrorOf([.. Parsing.Prelude, "trace t.rep"]));
    }
}
