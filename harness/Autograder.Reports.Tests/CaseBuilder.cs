using Autograder.Cases;

namespace Autograder.Reports.Tests;

/// <summary>Writes a case in code, one call per line of a case file, numbering lines from 1.</summary>
internal sealed class CaseBuilder(string name, string description, string source)
{
    private readonly List<CaseStep> _steps = [];
    private readonly List<string> _zones = [];
    private readonly List<string> _blocks = [];

    public CaseBuilder Zone(string zone, ulong size) =>
        Add(new CaseStep { Operation = Operation.CreateZone, Zone = Slot(_zones, zone), Size = size });

    public CaseBuilder Alloc(string block, string zone, ulong size) =>
        Add(new CaseStep { Operation = Operation.Zalloc, Zone = Slot(_zones, zone), Block = Slot(_blocks, block), Size = size });

    public CaseBuilder Free(string zone, string block) =>
        Add(new CaseStep { Operation = Operation.Zfree, Zone = Slot(_zones, zone), Block = Slot(_blocks, block) });

    public CaseBuilder BlockSize(string zone, string block) =>
        Add(new CaseStep { Operation = Operation.BlockSize, Zone = Slot(_zones, zone), Block = Slot(_blocks, block) });

    public CaseBuilder Dump(string zone) => Add(new CaseStep { Operation = Operation.Zdump, Zone = Slot(_zones, zone) });

    public CaseBuilder Destroy(string zone) => Add(new CaseStep { Operation = Operation.DestroyZone, Zone = Slot(_zones, zone) });

    public CaseDefinition Build() => new()
    {
        Name = name,
        Description = description,
        Source = source,
        Steps = _steps.ToList(),
        ZoneNames = _zones.ToList(),
        BlockNames = _blocks.ToList(),
    };

    private CaseBuilder Add(CaseStep step)
    {
        _steps.Add(step with { Line = _steps.Count + 4 });
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
