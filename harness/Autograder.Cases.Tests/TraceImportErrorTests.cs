namespace Autograder.Cases.Tests;

public sealed class TraceImportErrorTests
{
    private const string Shape =
        "a malloc-lab trace starts with 4 numbers (suggested heap size, number of ids, number of operations, weight) or 3 (ids, operations, weight), one a line";

    private const string LineShape = "a trace line is 'a ID SIZE' (allocate), 'r ID SIZE' (reallocate) or 'f ID' (free)";

    /// <summary>The message for a trace of the given lines, with the trace's path shown as "t.rep".</summary>
    private static string ErrorOf(params string[] lines)
    {
        using var folder = new TempFolder();
        var path = folder.Write("t.rep", lines);
        var error = Assert.Throws<CaseFormatException>(() => MallocLabTraceImporter.Import(path, "t", "d", null));
        Assert.Equal(path, error.File);
        return error.Message.Replace(path, "t.rep", StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_trace_says_what_a_trace_starts_with()
    {
        Assert.Equal($"t.rep:1:1: the trace is empty; {Shape}", ErrorOf(""));
    }

    [Fact]
    public void A_header_of_two_numbers_is_an_error_at_the_first()
    {
        Assert.Equal($"t.rep:1:1: the header has 2 numbers; {Shape}", ErrorOf("3", "1", "a 0 8"));
    }

    [Fact]
    public void A_header_of_five_numbers_is_an_error_at_the_first()
    {
        Assert.Equal($"t.rep:1:1: the header has 5 numbers; {Shape}", ErrorOf("1", "1", "1", "1", "1", "a 0 8"));
    }

    [Fact]
    public void A_trace_that_starts_with_an_operation_is_missing_its_header()
    {
        Assert.Equal($"t.rep:1:1: expected the header before the first operation; {Shape}", ErrorOf("a 0 8", "f 0"));
    }

    [Fact]
    public void A_header_line_with_a_word_is_an_error_at_the_word()
    {
        Assert.Equal($"t.rep:1:7: expected a header number from 0 to 2147483647, found 'heap'; {Shape}", ErrorOf("20000 heap", "1", "1", "1", "a 0 8"));
    }

    [Theory]
    [InlineData("m 0 8", "5:1: unknown trace operation 'm'; " + LineShape)]
    [InlineData("a", "5:2: expected an id after 'a', found the end of the line; write it as in 'a 3 16'")]
    [InlineData("f", "5:2: expected an id after 'f', found the end of the line; write it as in 'f 3'")]
    [InlineData("r x 8", "5:3: expected an id after 'r', found 'x'; an id is a whole number, as in 'r 3 16'")]
    [InlineData("a 0", "5:4: expected a size after 'a 0', found the end of the line; write the number of bytes, as in 'a 0 16'")]
    [InlineData("a 0 -8", "5:5: expected a size after 'a 0', found '-8'; write the number of bytes in decimal, as in 'a 0 16'")]
    [InlineData("a 0 8 8", "5:7: unexpected '8' after 'a 0 8'; " + LineShape + ", one a line")]
    [InlineData("f 0 8", "5:5: unexpected '8' after 'f 0'; " + LineShape + ", one a line")]
    [InlineData("a 3 8", "5:3: id 3 is outside 0..2, the 3 ids the header declares on line 2; raise that number or renumber the id (only 'f -1' may be negative, and it is skipped)")]
    [InlineData("a -1 8", "5:3: id -1 is outside 0..2, the 3 ids the header declares on line 2; raise that number or renumber the id (only 'f -1' may be negative, and it is skipped)")]
    [InlineData("f 2", "5:3: 'f 2' frees id 2, which is not allocated at this point; allocate it first or remove the line")]
    public void A_malformed_operation_line_is_an_error_at_the_word_that_is_wrong(string line, string expected)
    {
        Assert.Equal($"t.rep:{expected}", ErrorOf("1", "3", "1", "1", line));
    }

    [Fact]
    public void Freeing_an_id_twice_is_an_error_at_the_second_free()
    {
        Assert.Equal(
            "t.rep:7:3: 'f 0' frees id 0, which is not allocated at this point; allocate it first or remove the line",
            ErrorOf("1", "1", "3", "1", "a 0 8", "f 0", "f 0"));
    }

    [Fact]
    public void Allocating_an_id_that_is_still_allocated_is_an_error()
    {
        Assert.Equal(
            "t.rep:6:3: 'a 0 16' allocates id 0, which is still allocated since line 5; free it first with 'f 0'",
            ErrorOf("1", "1", "2", "1", "a 0 8", "a 0 16"));
    }

    [Fact]
    public void A_header_whose_operation_count_disagrees_with_the_lines_is_an_error_at_that_number()
    {
        Assert.Equal(
            "t.rep:3:1: the header says 3 operations but the trace has 2; change this number to 2",
            ErrorOf("1", "1", "3", "1", "a 0 8", "f 0"));
    }

    [Fact]
    public void Free_of_minus_1_counts_as_an_operation_of_the_header()
    {
        using var folder = new TempFolder();
        var path = folder.Write("t.rep", "1", "1", "3", "1", "f -1", "a 0 8", "f 0");

        Assert.Equal(4, MallocLabTraceImporter.Import(path, "t", "d", null).Steps.Count);
    }
}
