using System.Globalization;
using Autograder.Cases;

namespace Autograder.Scoring;

public static partial class RubricLoader
{
    private static readonly string[] GenerateFields = ["seed", "operations", "zones", "min_size", "max_size", "free_ratio", "zone_size", "alignment"];
    private static readonly string[] TraceFields = ["path", "zone_size"];

    private static CaseDefinition GeneratedCase(RubricElement entry, EntryDefaults defaults)
    {
        var (name, description) = NameAndDescription(entry, "generate");
        var generate = entry.Field("generate")!.Object("generator settings", "{ \"seed\": 42, \"operations\": 500 }", GenerateFields);
        var seed = (generate.Field("seed") ?? throw generate.Error("missing \"seed\"; the same seed always makes the same steps, as in { \"seed\": 42 }"))
            .UnsignedInteger(0, "a seed");
        var standard = new GeneratorSettings { Seed = seed };
        var minElement = generate.Field("min_size");
        var maxElement = generate.Field("max_size");
        var settings = standard with
        {
            Operations = (int)(generate.Field("operations")?.Integer(1, GeneratorSettings.MaxOperations, "a count") ?? standard.Operations),
            Zones = (int)(generate.Field("zones")?.Integer(1, GeneratorSettings.MaxZones, "a count") ?? standard.Zones),
            MinSize = minElement?.UnsignedInteger(1, "a size in bytes") ?? standard.MinSize,
            MaxSize = maxElement?.UnsignedInteger(1, "a size in bytes") ?? standard.MaxSize,
            FreeRatio = (double)(generate.Field("free_ratio")?.Number(0, 1, "a ratio") ?? (decimal)standard.FreeRatio),
            ZoneSize = generate.Field("zone_size")?.UnsignedInteger(1, "a zone size in bytes") ?? standard.ZoneSize,
            Alignment = generate.Field("alignment") is { } align ? Alignment(align) : defaults.Alignment,
        };

        if (settings.MinSize > settings.MaxSize)
        {
            throw maxElement is not null
                ? maxElement.Error($"expected a size of at least min_size ({settings.MinSize.ToString(CultureInfo.InvariantCulture)}), found {maxElement.Found}")
                : minElement!.Error($"expected a size of at most max_size ({settings.MaxSize.ToString(CultureInfo.InvariantCulture)}, its default), found {minElement.Found}; set \"max_size\" too");
        }

        var generated = CaseGenerator.Generate(
            name,
            description ?? $"A seeded random mix of allocations and frees (seed {seed.ToString(CultureInfo.InvariantCulture)}).",
            settings);
        return generated with { Source = $"{defaults.RubricFile} {entry.Path}" };
    }

    private static CaseDefinition ImportedCase(RubricElement entry, EntryDefaults defaults)
    {
        var (name, description) = NameAndDescription(entry, "trace");
        var trace = entry.Field("trace")!.Object("a trace", "{ \"path\": \"cases/public/traces/small-program.rep\" }", TraceFields);
        var pathElement = trace.Field("path")
            ?? throw trace.Error("missing \"path\"; name the malloc-lab trace, as in { \"path\": \"cases/public/traces/small-program.rep\" }");
        var path = pathElement.String("a trace's path relative to the rubric's folder, as in \"cases/public/traces/small-program.rep\"");
        var fullPath = Path.GetFullPath(Path.Combine(defaults.Folder, path));
        if (path.Length == 0 || !File.Exists(fullPath))
        {
            throw pathElement.Error($"\"{path}\" does not exist in {defaults.Folder}; paths are relative to the rubric's folder");
        }

        var zoneSize = trace.Field("zone_size")?.UnsignedInteger(1, "a zone size in bytes");
        var shown = CasePaths.Shown(fullPath);
        try
        {
            return MallocLabTraceImporter.Import(
                shown,
                name,
                description ?? $"Allocations replayed from the malloc-lab trace {Path.GetFileName(path)}.",
                zoneSize,
                defaults.Alignment);
        }
        catch (CaseFormatException e)
        {
            throw pathElement.Error(e.Message);
        }
    }
}
