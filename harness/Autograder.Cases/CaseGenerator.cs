namespace Autograder.Cases;

/// <summary>
/// Seeded random cases: create every zone, then a mix of zalloc, zfree of a live block, block_size and
/// zone_size, then destroy every zone. Zones are named z1, z2, ...; every zalloc binds a new block name
/// b1, b2, .... A first-fit model of each zone tells which zallocs succeed, so that a generated case only
/// frees or asks about blocks that are live.
/// </summary>
public static class CaseGenerator
{
    /// <summary>The chance that an operation that frees nothing asks block_size or zone_size instead of allocating.</summary>
    public const double QueryRatio = 0.1;

    /// <summary>Generates a case; the same settings give the same steps on every machine.</summary>
    /// <exception cref="ArgumentException">The name, the description or a setting cannot be used.</exception>
    public static CaseDefinition Generate(string name, string description, GeneratorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        CaseArguments.CheckNameAndDescription(name, description);
        settings.Validate();

        var random = new SplitMix64(settings.Seed);
        var zones = new SlotTable();
        var blocks = new SlotTable();
        var models = new FirstFitModel[settings.Zones];
        var live = new List<LiveBlock>();
        var steps = new List<CaseStep>(settings.Operations + (2 * settings.Zones));

        for (var z = 0; z < settings.Zones; z++)
        {
            var slot = zones.Bind($"z{z + 1}");
            models[z] = new FirstFitModel(settings.ZoneSize, settings.Alignment);
            steps.Add(new CaseStep { Operation = Operation.CreateZone, Zone = slot, Size = settings.ZoneSize });
        }

        for (var i = 0; i < settings.Operations; i++)
        {
            if (live.Count > 0 && random.NextDouble() < settings.FreeRatio)
            {
                steps.Add(Free(random, models, live));
            }
            else if (random.NextDouble() < QueryRatio)
            {
                steps.Add(Query(random, settings.Zones, live));
            }
            else
            {
                steps.Add(Allocate(random, settings, models, blocks, live));
            }
        }

        for (var z = 0; z < settings.Zones; z++)
        {
            steps.Add(new CaseStep { Operation = Operation.DestroyZone, Zone = z });
        }

        return new CaseDefinition
        {
            Name = name,
            Description = description,
            Steps = steps,
            ZoneNames = zones.Names,
            BlockNames = blocks.Names,
        };
    }

    private static CaseStep Free(SplitMix64 random, FirstFitModel[] models, List<LiveBlock> live)
    {
        var pick = (int)random.Below((ulong)live.Count);
        var block = live[pick];
        live[pick] = live[^1];
        live.RemoveAt(live.Count - 1);
        models[block.Zone].Release(block.Offset, block.Size);
        return new CaseStep { Operation = Operation.Zfree, Zone = block.Zone, Block = block.Block };
    }

    private static CaseStep Query(SplitMix64 random, int zoneCount, List<LiveBlock> live)
    {
        if (live.Count > 0 && random.Below(2) == 0)
        {
            var block = live[(int)random.Below((ulong)live.Count)];
            return new CaseStep { Operation = Operation.BlockSize, Zone = block.Zone, Block = block.Block };
        }

        return new CaseStep { Operation = Operation.ZoneSize, Zone = (int)random.Below((ulong)zoneCount) };
    }

    private static CaseStep Allocate(
        SplitMix64 random, GeneratorSettings settings, FirstFitModel[] models, SlotTable blocks, List<LiveBlock> live)
    {
        var zone = (int)random.Below((ulong)settings.Zones);
        var size = random.Between(settings.MinSize, settings.MaxSize);
        var slot = blocks.Bind($"b{blocks.Names.Count + 1}");
        if (models[zone].TryPlace(size, out var offset))
        {
            live.Add(new LiveBlock(slot, zone, offset, size));
        }

        return new CaseStep { Operation = Operation.Zalloc, Zone = zone, Block = slot, Size = size };
    }
}
