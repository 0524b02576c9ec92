namespace Autograder.Cases.Tests;

public sealed class CaseWriterTests
{
    private static readonly CaseDefinition Example = CaseParser.Load(TestData.File("EveryOperation", "first-fit.case"));

    private static CaseDefinition OneStep(CaseStep step, string[]? blocks = null) => new()
    {
        Name = "x",
        Description = "d",
        Steps = [new CaseStep { Operation = Operation.CreateZone, Zone = 0, Size = 64 }, step],
        ZoneNames = ["z"],
        BlockNames = blocks ?? ["a"],
    };

    [Fact]
    public void The_example_case_is_written_with_every_step_and_expectation_and_without_comments()
    {
        Assert.Equal(File.ReadAllText(TestData.File("EveryOperation", "first-fit.written.case")), CaseWriter.ToText(Example));
    }

    [Fact]
    public void Writing_to_a_text_writer_gives_the_same_text()
    {
        using var output = new StringWriter();

        CaseWriter.Write(Example, output);

        Assert.Equal(CaseWriter.ToText(Example), output.ToString());
    }

    [Fact]
    public void Reading_the_written_example_gives_the_same_case_back_but_for_line_numbers_and_source()
    {
        var written = CaseParser.Parse(CaseWriter.ToText(Example), "written.case");

        CaseAssert.Same(Example, written, ignoreLines: true, ignoreSource: true);
    }

    [Fact]
    public void A_long_description_is_continued_on_lines_of_at_most_the_description_width()
    {
        var description = string.Join(' ', Enumerable.Range(1, 60).Select(i => $"word{i}"));

        var lines = CaseWriter.ToText(OneStep(new CaseStep { Operation = Operation.ZoneSize, Zone = 0 }) with { Description = description })
            .Split('\n').Where(l => l.StartsWith("description ", StringComparison.Ordinal)).ToList();

        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.InRange(l.Length - "description ".Length, 1, CaseWriter.DescriptionWidth));
        Assert.Equal(description, string.Join(' ', lines.Select(l => l["description ".Length..])));
    }

    [Fact]
    public void A_description_is_only_cut_at_a_single_space_so_that_double_spaces_survive_reading_it_back()
    {
        var description = string.Concat(Enumerable.Repeat("ab  cd ", 40)).TrimEnd();
        var definition = OneStep(new CaseStep { Operation = Operation.ZoneSize, Zone = 0 }) with { Description = description };

        Assert.Equal(description, CaseParser.Parse(CaseWriter.ToText(definition), "x.case").Description);
    }

    [Fact]
    public void A_description_without_spaces_stays_on_one_line()
    {
        var description = new string('x', 300);

        var text = CaseWriter.ToText(OneStep(new CaseStep { Operation = Operation.ZoneSize, Zone = 0 }) with { Description = description });

        Assert.Contains($"\ndescription {description}\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(8L, "zfree z a+8")]
    [InlineData(-8L, "zfree z a-8")]
    [InlineData(long.MinValue, "zfree z a-9223372036854775808")]
    public void A_byte_offset_is_written_after_the_block_name_with_its_sign(long delta, string expected)
    {
        var definition = OneStep(new CaseStep { Operation = Operation.Zfree, Zone = 0, Block = 0, BlockDelta = delta });

        Assert.Equal(expected, LastLine(CaseWriter.ToText(definition)));
    }

    [Fact]
    public void A_zalloc_whose_result_is_not_kept_is_written_without_a_name()
    {
        var definition = OneStep(new CaseStep { Operation = Operation.Zalloc, Zone = 0, Block = CaseStep.NoSlot, Size = 8 });

        Assert.Equal("zalloc z 8", LastLine(CaseWriter.ToText(definition)));
    }

    private static string LastLine(string text) => text.TrimEnd('\n').Split('\n')[^1];

    [Theory]
    [InlineData(Operation.Zalloc, 0UL, ExpectationKind.None, 0, 0L,
        "step 2 cannot be written as a case file line: zalloc of size 0 must expect a violation; a case file only accepts size 0 with '-> violation' (Parameter 'definition')")]
    [InlineData(Operation.Zfree, 0UL, ExpectationKind.None, CaseStep.NoSlot, 8L,
        "step 2 cannot be written as a case file line: a null block operand cannot carry a byte offset; a case file writes offsets only after a block name (Parameter 'definition')")]
    [InlineData(Operation.ZoneSize, 0UL, ExpectationKind.Offset, 0, 0L,
        "step 2 cannot be written as a case file line: the expectation Offset does not apply to zone_size, which allows N, ok or violation (Parameter 'definition')")]
    [InlineData(Operation.BlockSize, 0UL, ExpectationKind.None, 3, 0L,
        "step 2 cannot be written as a case file line: block slot 3 has no name (the case names 1 blocks) (Parameter 'definition')")]
    public void A_step_a_case_file_cannot_say_is_refused_naming_the_step(
        Operation operation, ulong size, ExpectationKind expect, int block, long delta, string message)
    {
        var definition = OneStep(new CaseStep { Operation = operation, Zone = 0, Block = block, BlockDelta = delta, Size = size, Expect = expect });

        var error = Assert.Throws<ArgumentException>(() => CaseWriter.ToText(definition));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_name_that_is_a_keyword_is_refused()
    {
        var definition = OneStep(new CaseStep { Operation = Operation.Zfree, Zone = 0, Block = 0 }, blocks: ["null"]);

        var error = Assert.Throws<ArgumentException>(() => CaseWriter.ToText(definition));

        Assert.Equal(
            "step 2 cannot be written as a case file line: 'null' cannot name a block in a case file; use [A-Za-z_][A-Za-z0-9_]* and no keyword (Parameter 'definition')",
            error.Message);
    }

    [Fact]
    public void A_description_with_a_hash_is_refused_because_it_would_start_a_comment()
    {
        var error = Assert.Throws<ArgumentException>(() => CaseWriter.ToText(Example with { Description = "see issue #3" }));

        Assert.StartsWith("the description contains '#'", error.Message, StringComparison.Ordinal);
    }
}
