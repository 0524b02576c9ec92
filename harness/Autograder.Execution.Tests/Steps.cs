using Autograder.Cases;

namespace Autograder.Execution.Tests;

/// <summary>Small cases written in code: one zone "z", blocks named by slot.</summary>
internal static class Steps
{
    public static CaseDefinition Case(params CaseStep[] steps) => new()
    {
        Name = "executor-test",
        Description = "A case written by an executor test.",
        Steps = steps,
        ZoneNames = ["z"],
        BlockNames = ["a", "b"],
    };

    public static CaseStep Create(ulong size) => new() { Operation = Operation.CreateZone, Zone = 0, Size = size };

    public static CaseStep Alloc(int block, ulong size) => new() { Operation = Operation.Zalloc, Zone = 0, Block = block, Size = size };

    public static CaseStep Free(int block) => new() { Operation = Operation.Zfree, Zone = 0, Block = block };

    public static CaseStep Destroy() => new() { Operation = Operation.DestroyZone, Zone = 0 };
}
