using System.Text;

namespace Autograder.Cases;

/// <summary>
/// Turns a CS:APP malloc-lab trace (<c>.rep</c>) into a case: one zone <c>z</c> created first and destroyed
/// last; <c>a id size</c> becomes <c>b&lt;id&gt; = zalloc z size</c>, <c>f id</c> becomes <c>zfree z b&lt;id&gt;</c>,
/// <c>r id size</c> becomes a zfree of the old block then a zalloc under the same name (just the zalloc when the
/// id is not allocated), <c>f -1</c> is skipped, and size 0 becomes size 1 (zalloc 0 breaks the contract here).
/// Steps keep the trace's line numbers.
/// </summary>
public static class MallocLabTraceImporter
{
    /// <summary>The alignment the zone is sized for unless told otherwise: the rubric's default.</summary>
    public const int DefaultAlignment = 8;

    /// <summary>
    /// Imports the trace at <paramref name="path"/>. Without <paramref name="zoneSize"/>, the zone is exactly as large
    /// as a first-fit placement of the trace (with the default alignment of 8) ever reaches, so every zalloc succeeds
    /// on the reference.
    /// </summary>
    /// <exception cref="CaseFormatException">A line of the trace is malformed; the message names it.</exception>
    public static CaseDefinition Import(string path, string name, string description, ulong? zoneSize) =>
        Import(path, name, description, zoneSize, DefaultAlignment);

    /// <summary>Imports the trace at <paramref name="path"/>, sizing the zone for the given alignment.</summary>
    /// <exception cref="CaseFormatException">A line of the trace is malformed; the message names it.</exception>
    public static CaseDefinition Import(string path, string name, string description, ulong? zoneSize, int alignment)
    {
        ArgumentNullException.ThrowIfNull(path);
        CaseArguments.CheckNameAndDescription(name, description);
        if (zoneSize == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(zoneSize), "a zone size is at least 1 byte; pass null to size the zone from the trace");
        }

        if (!CaseArguments.IsAlignment(alignment))
        {
            throw new ArgumentOutOfRangeException(nameof(alignment), alignment, $"an alignment is a power of two from 1 to {GeneratorSettings.MaxAlignment}");
        }

        var lines = SourceLine.ReadAll(File.ReadAllText(path, Encoding.UTF8));
        var converted = new MallocLabTraceConverter(path, alignment).Convert(lines);
        var size = zoneSize ?? converted.PeakFootprint;

        var steps = new List<CaseStep>(converted.Steps.Count + 2)
        {
            new() { Operation = Operation.CreateZone, Zone = 0, Size = size },
        };
        steps.AddRange(converted.Steps);
        steps.Add(new CaseStep { Operation = Operation.DestroyZone, Zone = 0 });

        return new CaseDefinition
        {
            Name = name,
            Description = description,
            Source = path,
            Steps = steps,
            ZoneNames = ["z"],
            BlockNames = converted.BlockNames,
        };
    }
}
