using Autograder.Cases;

namespace Autograder.Testing;

/// <summary>
/// Writes a case in code, one call per line of a case file, numbering lines from <paramref name="firstLine"/>
/// (1 unless the test pretends a header stands above the steps).
/// </summary>
public sealed class CaseBuilder(string name, string description = "A case written by a test.", string? source = null, int firstLine = 1)
{
    private readonly List<CaseStep> _steps = [];
    private readonly List<string> _zones = [];
    private readonly List<string> _blocks = [];

    public ulong? HeapLimit { get; init; }

    public CaseBuilder Zone(string zone, ulong size) =>
        Add(new CaseStep { Operation = Operation.CreateZone, Zone = Slot(_zones, zone), Size = size });

    public CaseBuilder Alloc(string block, string zone, ulong size) =>
        Add(new CaseStep { Operation = Operation.Zalloc, Zone = Slot(_zones, zone), Block = Slot(_blocks, block), Size = size });

    public CaseBuilder Free(string zone, string block, long delta = 0) =>
        Add(new CaseStep { Operation = Operation.Zfree, Zone = Slot(_zones, zone), Block = Slot(_blocks, block), BlockDelta = delta });

    public CaseBuilder BlockSize(string zone, string block) =>
        Add(new CaseStep { Operation = Operation.BlockSize, Zone = Slot(_zones, zone), Block = Slot(_blocks, block) });

    public CaseBuilder ZoneSize(string zone) => Add(new CaseStep { Operation = Operation.ZoneSize, Zone = Slot(_zones, zone) });

    public CaseBuilder Dump(string zone) => Add(new CaseStep { Operation = Operation.Zdump, Zone = Slot(_zones, zone) });

    public CaseBuilder Destroy(string zone) => Add(new CaseStep { Operation = Operation.DestroyZone, Zone = Slot(_zones, zone) });

    public CaseDefinition Build() => new()
    {
        Name = name,
        Description = description,
        Source = source ?? $"cases/test/{name}.case",
        Steps = _steps.ToList(),
        ZoneNames = _zones.ToList(),
        BlockNames = _blocks.ToList(),
        HeapLimit = HeapLimit,
    };

    private CaseBuilder Add(CaseStep step)
    {
        _steps.Add(step with { Line = _steps.Count + firstLine });
        return this;
    }

    private static int Slot(List<string> names, string name)
    {
        var slot = names.IndexOf(name);
        if (slot >= 0)
        {
            return slot;
        }

        names.Add(name);
        return names.Count - 1;
    }
}
