namespace Autograder.Cases.Tests;

public sealed class ParsingExpectationsTests
{
    [Theory]
    [InlineData("y = create_zone 64 -> null", ExpectationKind.Null, 0UL)]
    [InlineData("y = create_zone 64 -> ok", ExpectationKind.Ok, 0UL)]
    [InlineData("y = create_zone 64 -> violation", ExpectationKind.Violation, 0UL)]
    [InlineData("b = zalloc z 8 -> null", ExpectationKind.Null, 0UL)]
    [InlineData("b = zalloc z 8 -> ok", ExpectationKind.Ok, 0UL)]
    [InlineData("b = zalloc z 8 -> violation", ExpectationKind.Violation, 0UL)]
    [InlineData("b = zalloc z 8 -> offset 16", ExpectationKind.Offset, 16UL)]
    [InlineData("zalloc z 8 -> offset 0", ExpectationKind.Offset, 0UL)]
    [InlineData("zfree z a -> ok", ExpectationKind.Ok, 0UL)]
    [InlineData("zfree z a -> violation", ExpectationKind.Violation, 0UL)]
    [InlineData("block_size z a -> 16", ExpectationKind.Value, 16UL)]
    [InlineData("block_size z a -> ok", ExpectationKind.Ok, 0UL)]
    [InlineData("block_size z a -> violation", ExpectationKind.Violation, 0UL)]
    [InlineData("zone_size z -> 256", ExpectationKind.Value, 256UL)]
    [InlineData("zone_size z -> ok", ExpectationKind.Ok, 0UL)]
    [InlineData("zone_size z -> violation", ExpectationKind.Violation, 0UL)]
    [InlineData("zdump z -> ok", ExpectationKind.Ok, 0UL)]
    [InlineData("zdump z -> violation", ExpectationKind.Violation, 0UL)]
    [InlineData("destroy_zone z -> ok", ExpectationKind.Ok, 0UL)]
    [InlineData("destroy_zone z -> violation", ExpectationKind.Violation, 0UL)]
    public void Each_expectation_an_operation_allows_is_read(string line, ExpectationKind kind, ulong value)
    {
        var step = Parsing.ParseStep(line);

        Assert.Equal(kind, step.Expect);
        Assert.Equal(value, step.ExpectedValue);
    }

    [Theory]
    [InlineData("b = zalloc z 8")]
    [InlineData("zfree z a")]
    [InlineData("zone_size z")]
    public void A_step_without_an_arrow_expects_nothing(string line)
    {
        var step = Parsing.ParseStep(line);

        Assert.Equal(ExpectationKind.None, step.Expect);
        Assert.Equal(0UL, step.ExpectedValue);
    }

    [Fact]
    public void Spaces_and_tabs_around_the_arrow_do_not_matter()
    {
        Assert.Equal(Parsing.ParseStep("zone_size z -> 256") with { Line = 0 }, Parsing.ParseStep("zone_size\tz   ->\t 256") with { Line = 0 });
    }
}
