namespace Autograder.Cases.Tests;

public sealed class ParsingStepsTests
{
    private static readonly CaseDefinition Example = CaseParser.Load(TestData.File("EveryOperation", "first-fit.case"));

    [Fact]
    public void The_example_case_reads_its_name_description_and_heap_limit()
    {
        Assert.Equal("first-fit-takes-the-lowest-hole", Example.Name);
        Assert.Equal(
            "Freed holes are reused lowest offset first, even when a later hole fits more tightly. (a second description line continues the text)",
            Example.Description);
        Assert.Equal(100000UL, Example.HeapLimit);
        Assert.Equal(TestData.File("EveryOperation", "first-fit.case"), Example.Source);
    }

    [Fact]
    public void The_example_case_reads_every_step_with_its_slots_sizes_expectations_and_line()
    {
        const int z = 0, a = 0, b = 1, c = 2, none = CaseStep.NoSlot;
        CaseStep[] expected =
        [
            new() { Operation = Operation.CreateZone, Zone = z, Size = 256, Line = 7 },
            new() { Operation = Operation.Zalloc, Zone = z, Block = a, Size = 16, Line = 8 },
            new() { Operation = Operation.Zalloc, Zone = z, Block = b, Size = 64, Expect = ExpectationKind.Offset, ExpectedValue = 16, Line = 9 },
            new() { Operation = Operation.Zalloc, Zone = z, Block = none, Size = 8, Line = 10 },
            new() { Operation = Operation.Zfree, Zone = z, Block = b, Line = 11 },
            new() { Operation = Operation.Zalloc, Zone = z, Block = c, Size = 24, Expect = ExpectationKind.Offset, ExpectedValue = 16, Line = 12 },
            new() { Operation = Operation.BlockSize, Zone = z, Block = c, Expect = ExpectationKind.Value, ExpectedValue = 24, Line = 13 },
            new() { Operation = Operation.ZoneSize, Zone = z, Expect = ExpectationKind.Value, ExpectedValue = 256, Line = 14 },
            new() { Operation = Operation.Zfree, Zone = z, Block = a, BlockDelta = 8, Expect = ExpectationKind.Violation, Line = 15 },
            new() { Operation = Operation.Zfree, Zone = z, Block = none, Expect = ExpectationKind.Violation, Line = 16 },
            new() { Operation = Operation.Zdump, Zone = z, Line = 17 },
            new() { Operation = Operation.DestroyZone, Zone = z, Line = 18 },
            new() { Operation = Operation.Zalloc, Zone = z, Block = none, Size = 8, Expect = ExpectationKind.Violation, Line = 19 },
        ];

        Assert.Equal(expected, Example.Steps);
        Assert.Equal(["z"], Example.ZoneNames);
        Assert.Equal(["a", "b", "c"], Example.BlockNames);
    }

    [Fact]
    public void The_example_case_behaves_on_the_reference_as_its_expectations_say()
    {
        var replay = ReferenceReplay.Run(Example);

        Assert.Empty(replay.NullSteps);
        Assert.Equal([8, 9, 12], replay.ViolationSteps);
        Assert.Equal(0, replay.BytesLeft);
    }

    [Fact]
    public void Locate_names_the_case_file_and_the_line_of_a_step()
    {
        Assert.Equal($"{TestData.File("EveryOperation", "first-fit.case")}:9", Example.Locate(2));
    }

    [Theory]
    [InlineData("zfree z a", Operation.Zfree)]
    [InlineData("block_size z a", Operation.BlockSize)]
    [InlineData("zone_size z", Operation.ZoneSize)]
    [InlineData("zdump z", Operation.Zdump)]
    [InlineData("destroy_zone z", Operation.DestroyZone)]
    public void Each_operation_is_named_as_in_the_C_assignment(string line, Operation operation)
    {
        Assert.Equal(operation, Parsing.ParseStep(line).Operation);
    }

    [Fact]
    public void A_size_is_read_in_full_up_to_the_largest_64_bit_number()
    {
        Assert.Equal(ulong.MaxValue, Parsing.ParseStep("b = zalloc z 18446744073709551615").Size);
    }

    [Fact]
    public void Size_0_is_accepted_when_the_step_expects_a_violation()
    {
        var steps = Parsing.ParseSteps("zalloc z 0 -> violation", "y = create_zone 0 -> violation").Steps;

        Assert.Equal(0UL, steps[^2].Size);
        Assert.Equal(0UL, steps[^1].Size);
        Assert.All(steps.TakeLast(2), s => Assert.Equal(ExpectationKind.Violation, s.Expect));
    }

    [Fact]
    public void Comments_blank_lines_tabs_carriage_returns_and_a_byte_order_mark_are_ignored()
    {
        var text = "\uFEFF# a case\r\ncase x # named\r\n\r\ndescription  d  e \t\r\n\tz\t=\tcreate_zone\t64\t# tabs\r\n   # only a comment\r\nzone_size z #-> 7\r\n";

        var definition = CaseParser.Parse(text, "t.case");

        Assert.Equal("x", definition.Name);
        Assert.Equal("d  e", definition.Description);
        Assert.Equal(
            [
                new CaseStep { Operation = Operation.CreateZone, Zone = 0, Size = 64, Line = 5 },
                new CaseStep { Operation = Operation.ZoneSize, Zone = 0, Line = 7 },
            ],
            definition.Steps);
    }

    [Fact]
    public void A_case_without_heap_limit_has_no_limit()
    {
        Assert.Null(Parsing.ParseSteps().HeapLimit);
    }

    [Fact]
    public void A_heap_limit_of_0_is_allowed_so_that_a_case_can_test_a_heap_that_refuses_everything()
    {
        var definition = Parsing.Parse("case x", "description d", "heap-limit 0", "z = create_zone 8 -> null");

        Assert.Equal(0UL, definition.HeapLimit);
    }
}
