namespace Autograder.Cases.Tests;

public sealed class CaseGeneratorTests
{
    private static CaseDefinition Generate(GeneratorSettings settings) => CaseGenerator.Generate("generated", "A random trace.", settings);

    [Fact]
    public void The_same_seed_gives_identical_steps_and_names()
    {
        var settings = new GeneratorSettings { Seed = 42, Operations = 500, Zones = 3 };

        var first = Generate(settings);
        var second = Generate(settings);

        Assert.Equal(first.Steps, second.Steps);
        Assert.Equal(first.BlockNames, second.BlockNames);
        Assert.Equal(first.ZoneNames, second.ZoneNames);
    }

    [Fact]
    public void Different_seeds_give_different_steps()
    {
        var first = Generate(new GeneratorSettings { Seed = 1 });
        var second = Generate(new GeneratorSettings { Seed = 2 });

        Assert.NotEqual(first.Steps, second.Steps);
    }

    [Fact]
    public void A_small_generated_case_is_exactly_the_one_on_file_on_every_machine_and_dotnet_version()
    {
        var definition = CaseGenerator.Generate(
            "seed-42", "Pins the generator's algorithm.",
            new GeneratorSettings { Seed = 42, Operations = 24, Zones = 2, MinSize = 1, MaxSize = 40, ZoneSize = 96, FreeRatio = 0.3 });

        Assert.Equal(File.ReadAllText(TestData.File("GeneratorSnapshot", "seed-42.case")), CaseWriter.ToText(definition));
    }

    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        var settings = new GeneratorSettings { Seed = 0 };

        Assert.Equal(
            (100, 1, 1UL, 128UL, 0.4, 4096UL, 8),
            (settings.Operations, settings.Zones, settings.MinSize, settings.MaxSize, settings.FreeRatio, settings.ZoneSize, settings.Alignment));
    }

    [Theory]
    [InlineData(1UL, 1, 1, 1UL, 1UL, 8UL)]
    [InlineData(2UL, 250, 3, 5UL, 60UL, 1000UL)]
    [InlineData(3UL, 1000, 7, 100UL, 100UL, 4096UL)]
    public void The_zones_are_created_first_and_destroyed_last_around_the_asked_number_of_operations(
        ulong seed, int operations, int zones, ulong minSize, ulong maxSize, ulong zoneSize)
    {
        var definition = Generate(new GeneratorSettings
        {
            Seed = seed,
            Operations = operations,
            Zones = zones,
            MinSize = minSize,
            MaxSize = maxSize,
            ZoneSize = zoneSize,
        });
        var steps = definition.Steps;
        var middle = steps.Skip(zones).Take(operations).ToList();

        Assert.Equal(zones + operations + zones, steps.Count);
        Assert.Equal(Enumerable.Range(1, zones).Select(z => $"z{z}"), definition.ZoneNames);
        Assert.Equal(
            Enumerable.Range(0, zones).Select(z => new CaseStep { Operation = Operation.CreateZone, Zone = z, Size = zoneSize }),
            steps.Take(zones));
        Assert.Equal(
            Enumerable.Range(0, zones).Select(z => new CaseStep { Operation = Operation.DestroyZone, Zone = z }),
            steps.TakeLast(zones));
        Assert.All(middle, s => Assert.NotEqual(Operation.CreateZone, s.Operation));
        Assert.All(middle, s => Assert.NotEqual(Operation.DestroyZone, s.Operation));
        Assert.All(middle, s => Assert.InRange(s.Zone, 0, zones - 1));
        Assert.All(steps, s => Assert.Equal(0, s.Line));
        Assert.All(steps, s => Assert.Equal(ExpectationKind.None, s.Expect));
    }

    [Fact]
    public void Zalloc_sizes_are_drawn_from_the_whole_range_and_only_from_it()
    {
        var definition = Generate(new GeneratorSettings { Seed = 9, Operations = 3000, MinSize = 10, MaxSize = 13, ZoneSize = 100_000 });

        var sizes = definition.Steps.Where(s => s.Operation == Operation.Zalloc).Select(s => s.Size).ToHashSet();

        Assert.Equal([10UL, 11UL, 12UL, 13UL], sizes.Order());
    }

    [Fact]
    public void Every_zalloc_binds_the_next_block_name()
    {
        var definition = Generate(new GeneratorSettings { Seed = 5, Operations = 300 });
        var zallocs = definition.Steps.Where(s => s.Operation == Operation.Zalloc).ToList();

        Assert.Equal(Enumerable.Range(0, zallocs.Count), zallocs.Select(s => s.Block));
        Assert.Equal(Enumerable.Range(1, zallocs.Count).Select(b => $"b{b}"), definition.BlockNames);
    }

    [Fact]
    public void A_free_ratio_of_0_frees_nothing_and_the_queries_still_come()
    {
        var steps = Generate(new GeneratorSettings { Seed = 3, Operations = 1000, FreeRatio = 0 }).Steps;

        Assert.DoesNotContain(steps, s => s.Operation == Operation.Zfree);
        Assert.Contains(steps, s => s.Operation == Operation.BlockSize);
        Assert.Contains(steps, s => s.Operation == Operation.ZoneSize);
    }

    [Fact]
    public void A_free_ratio_of_1_frees_a_block_whenever_one_is_live()
    {
        var steps = Generate(new GeneratorSettings { Seed = 3, Operations = 1000, FreeRatio = 1 }).Steps;

        var zallocs = steps.Count(s => s.Operation == Operation.Zalloc);
        var zfrees = steps.Count(s => s.Operation == Operation.Zfree);
        Assert.InRange(zallocs - zfrees, 0, 1);
        Assert.InRange(zfrees, 400, 500);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(1)]
    [InlineData(16)]
    public void A_generated_case_never_frees_or_asks_about_a_dead_block_on_the_reference(int alignment)
    {
        var nulls = 0;
        for (ulong seed = 0; seed < 60; seed++)
        {
            var definition = Generate(new GeneratorSettings
            {
                Seed = seed,
                Operations = 400,
                Zones = 1 + (int)(seed % 3),
                ZoneSize = 300 + (seed * 37 % 500),
                MaxSize = 1 + (seed * 13 % 150),
                FreeRatio = seed % 10 / 10.0,
                Alignment = alignment,
            });

            var replay = ReferenceReplay.Run(definition, alignment);

            Assert.Empty(replay.ViolationSteps);
            Assert.Equal(0, replay.BytesLeft);
            nulls += replay.NullSteps.Count;
        }

        // The zones are small enough that zallocs run out of room, so the dead blocks this test avoids exist.
        Assert.True(nulls > 100, $"only {nulls} zallocs returned null");
    }

    [Fact]
    public void The_generated_zones_and_blocks_all_exist_on_the_reference_with_the_default_settings()
    {
        var replay = ReferenceReplay.Run(Generate(new GeneratorSettings { Seed = 12345 }));

        Assert.Empty(replay.NullSteps);
        Assert.Empty(replay.ViolationSteps);
    }

    [Theory]
    [InlineData(0, 1, 1UL, 1UL, 0.5, 1UL, 8, "generator setting 'operations': 0 is out of range; write a count from 1 to 1000000")]
    [InlineData(1, 0, 1UL, 1UL, 0.5, 1UL, 8, "generator setting 'zones': 0 is out of range; write a count from 1 to 1000")]
    [InlineData(1, 1, 0UL, 1UL, 0.5, 1UL, 8, "generator setting 'sizes': 0..1 is not a size range; write MIN..MAX with 1 <= MIN <= MAX, as in 'sizes=1..128'")]
    [InlineData(1, 1, 9UL, 8UL, 0.5, 1UL, 8, "generator setting 'sizes': 9..8 is not a size range; write MIN..MAX with 1 <= MIN <= MAX, as in 'sizes=1..128'")]
    [InlineData(1, 1, 1UL, 1UL, 1.5, 1UL, 8, "generator setting 'free-ratio': 1.5 is out of range; write a number from 0 to 1, as in 'free-ratio=0.4'")]
    [InlineData(1, 1, 1UL, 1UL, double.NaN, 1UL, 8, "generator setting 'free-ratio': NaN is out of range; write a number from 0 to 1, as in 'free-ratio=0.4'")]
    [InlineData(1, 1, 1UL, 1UL, 0.5, 0UL, 8, "generator setting 'zone-size': 0 is not a zone size; write a number of bytes of at least 1, as in 'zone-size=4096'")]
    [InlineData(1, 1, 1UL, 1UL, 0.5, 1UL, 12, "generator setting 'alignment': 12 is not an alignment; write a power of two from 1 to 4096, as in 'alignment=8'")]
    public void Settings_out_of_range_are_refused_with_the_setting_and_its_range(
        int operations, int zones, ulong minSize, ulong maxSize, double freeRatio, ulong zoneSize, int alignment, string message)
    {
        var settings = new GeneratorSettings
        {
            Seed = 1,
            Operations = operations,
            Zones = zones,
            MinSize = minSize,
            MaxSize = maxSize,
            FreeRatio = freeRatio,
            ZoneSize = zoneSize,
            Alignment = alignment,
        };

        var error = Assert.Throws<ArgumentException>(() => Generate(settings));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("Not A Name", "d", "'Not A Name' is not a case name; use lower-case letters, digits and '-', as in 'first-fit-basics' (Parameter 'name')")]
    [InlineData("ok", "issue #12", "the description contains '#', which starts a comment in a case file; reword it without '#' (Parameter 'description')")]
    [InlineData("ok", "two\nlines", "the description contains a line break or control character; write it as one paragraph (Parameter 'description')")]
    [InlineData("ok", " padded", "the description starts or ends with white space; trim it (Parameter 'description')")]
    [InlineData("ok", "  ", "the description is empty; say in a sentence what the case tests (Parameter 'description')")]
    public void A_name_or_description_a_case_file_could_not_hold_is_refused(string name, string description, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => CaseGenerator.Generate(name, description, new GeneratorSettings { Seed = 1 }));

        Assert.Equal(message, error.Message);
    }
}
