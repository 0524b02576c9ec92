namespace Autograder.Cases.Tests;

public sealed class GenerateDirectiveTests
{
    [Fact]
    public void A_generate_line_makes_the_steps_the_generator_makes_with_the_same_settings()
    {
        var parsed = Parsing.Parse(
            "case random-mix", "description A random mix.",
            "generate seed=42 operations=30 zones=2 sizes=8..64 free-ratio=0.5 zone-size=512 alignment=16");

        var generated = CaseGenerator.Generate("random-mix", "A random mix.", new GeneratorSettings
        {
            Seed = 42,
            Operations = 30,
            Zones = 2,
            MinSize = 8,
            MaxSize = 64,
            FreeRatio = 0.5,
            ZoneSize = 512,
            Alignment = 16,
        });

        CaseAssert.Same(generated with { Source = Parsing.File }, parsed);
    }

    [Fact]
    public void Keys_left_out_take_their_defaults_and_may_come_in_any_order()
    {
        var parsed = Parsing.Parse("case x", "description d", "generate zones=2 seed=7 # the rest by default");

        var generated = CaseGenerator.Generate("x", "d", new GeneratorSettings { Seed = 7, Zones = 2 });

        Assert.Equal(generated.Steps, parsed.Steps);
    }

    [Fact]
    public void A_single_size_means_every_zalloc_asks_for_it()
    {
        var steps = Parsing.Parse("case x", "description d", "generate seed=1 sizes=24").Steps;

        Assert.All(steps.Where(s => s.Operation == Operation.Zalloc), s => Assert.Equal(24UL, s.Size));
    }

    [Fact]
    public void A_generated_case_keeps_its_heap_limit_and_names_its_steps_by_number()
    {
        var parsed = Parsing.Parse("case x", "description d", "heap-limit 5000", "generate seed=3");

        Assert.Equal(5000UL, parsed.HeapLimit);
        Assert.Equal($"{Parsing.File} step 3", parsed.Locate(2));
    }

    [Theory]
    [InlineData("generate", "3:1: 'generate' needs a seed, as in 'generate seed=42 operations=200'; the same seed always makes the same steps")]
    [InlineData("generate operations=5", "3:1: 'generate' needs a seed, as in 'generate seed=42 operations=200'; the same seed always makes the same steps")]
    [InlineData("generate seed", "3:10: expected key=value after 'generate', found 'seed'; the keys are seed, operations, zones, sizes, free-ratio, zone-size, alignment, as in 'seed=42' with no spaces around '='")]
    [InlineData("generate seed =1", "3:10: expected key=value after 'generate', found 'seed'; the keys are seed, operations, zones, sizes, free-ratio, zone-size, alignment, as in 'seed=42' with no spaces around '='")]
    [InlineData("generate seed=1 speed=3", "3:17: unknown generate setting 'speed'; did you mean 'seed'? the settings are seed, operations, zones, sizes, free-ratio, zone-size, alignment")]
    [InlineData("generate seed=1 colour=red", "3:17: unknown generate setting 'colour'; the settings are seed, operations, zones, sizes, free-ratio, zone-size, alignment")]
    [InlineData("generate seed=1 seed=2", "3:17: 'seed' is set twice on this line; keep one")]
    [InlineData("generate seed=x", "3:15: expected the seed, found 'x'; write a whole number in decimal, as in 'seed=42'")]
    [InlineData("generate seed=-1", "3:15: expected the seed, found '-1'; write a whole number in decimal, as in 'seed=42'")]
    [InlineData("generate seed=1 operations=0", "3:28: 0 is out of range; write a count from 1 to 1000000")]
    [InlineData("generate seed=1 operations=1000001", "3:28: 1000001 is out of range; write a count from 1 to 1000000")]
    [InlineData("generate seed=1 zones=99999999999", "3:23: 99999999999 is too large for a number of zones; write a smaller number, as in 'zones=2'")]
    [InlineData("generate seed=1 sizes=10..5", "3:23: 10..5 is not a size range; write MIN..MAX with 1 <= MIN <= MAX, as in 'sizes=1..128'")]
    [InlineData("generate seed=1 sizes=0..5", "3:23: 0..5 is not a size range; write MIN..MAX with 1 <= MIN <= MAX, as in 'sizes=1..128'")]
    [InlineData("generate seed=1 sizes=1-5", "3:23: expected a size range MIN..MAX, found '1-5'; write two byte counts joined by '..', as in 'sizes=1..128'")]
    [InlineData("generate seed=1 free-ratio=1.5", "3:28: 1.5 is out of range; write a number from 0 to 1, as in 'free-ratio=0.4'")]
    [InlineData("generate seed=1 free-ratio=,5", "3:28: expected a ratio from 0 to 1, found ',5'; write it with a '.' as in 'free-ratio=0.4'")]
    [InlineData("generate seed=1 free-ratio=.5", "3:28: expected a ratio from 0 to 1, found '.5'; write it with a '.' as in 'free-ratio=0.4'")]
    [InlineData("generate seed=1 zone-size=0", "3:27: 0 is not a zone size; write a number of bytes of at least 1, as in 'zone-size=4096'")]
    [InlineData("generate seed=1 alignment=12", "3:27: 12 is not an alignment; write a power of two from 1 to 4096, as in 'alignment=8'")]
    public void A_malformed_generate_line_is_an_error_at_the_setting(string line, string expected)
    {
        Assert.Equal($"{Parsing.File}:{expected}", Parsing.ErrorOf("case x", "description d", line));
    }

    [Fact]
    public void Generate_after_explicit_steps_is_an_error()
    {
        Assert.Equal(
            $"{Parsing.File}:5:1: 'generate' makes all of a case's steps, but this case already has steps from line 3; keep the steps or the 'generate' line, not both",
            Parsing.ErrorOf([.. Parsing.Prelude, "generate seed=1"]));
    }

    [Fact]
    public void A_step_after_generate_is_an_error()
    {
        Assert.Equal(
            $"{Parsing.File}:4:1: a step cannot follow 'generate' (line 3), which makes all of this case's steps; remove the step or the 'generate' line",
            Parsing.ErrorOf("case x", "description d", "generate seed=1", "zone_size z1"));
    }

    [Fact]
    public void A_second_generate_line_is_an_error()
    {
        Assert.Equal(
            $"{Parsing.File}:4:1: this case already has 'generate' on line 3; a case takes one 'generate' or 'trace' line",
            Parsing.ErrorOf("case x", "description d", "generate seed=1", "generate seed=2"));
    }

    [Fact]
    public void Generate_before_any_description_is_an_error()
    {
        Assert.Equal(
            $"{Parsing.File}:2:1: expected a 'description' line before the first step; say what the case tests, as in 'description Freed holes are reused lowest offset first.'",
            Parsing.ErrorOf("case x", "generate seed=1"));
    }

    [Fact]
    public void A_description_after_generate_is_an_error()
    {
        Assert.Equal(
            $"{Parsing.File}:4:1: 'description' must come before the first step (line 3); move this line up",
            Parsing.ErrorOf("case x", "description d", "generate seed=1", "description more"));
    }
}
