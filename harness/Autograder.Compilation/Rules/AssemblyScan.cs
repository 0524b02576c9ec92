using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Autograder.Compilation.Rules;

/// <summary>One pass over every method body of one assembly, collecting Malloc call sites and findings.</summary>
internal sealed class AssemblyScan
{
    private readonly PEReader image;
    private readonly MetadataReader reader;
    private readonly IlRuleSettings settings;
    private readonly MetadataNames names;
    private readonly MallocTargets malloc;
    private readonly BannedApiCheck banned;
    private readonly PInvokeDeclarations pInvokes;
    private readonly List<MallocCallSite> callSites = [];
    private readonly List<IlFinding> findings = [];
    private readonly HashSet<IlFinding> found = [];

    public AssemblyScan(PEReader image, IlRuleSettings settings)
    {
        this.image = image;
        this.settings = settings;
        reader = image.GetMetadataReader();
        names = new MetadataNames(reader);
        malloc = new MallocTargets(reader, names);
        banned = new BannedApiCheck(names, settings);
        pInvokes = new PInvokeDeclarations(reader, names);
    }

    public IlScanResult Run()
    {
        foreach (var method in reader.MethodDefinitions)
        {
            Scan(method);
        }

        if (callSites.Count > settings.MaxMallocCallSites)
        {
            findings.Insert(0, TooManyMallocCallSites());
        }

        return IlScanResult.Complete(callSites, findings);
    }

    private void Scan(MethodDefinitionHandle handle)
    {
        var method = reader.GetMethodDefinition(handle);
        var sourceMethod = names.SourceMethod(handle);
        if (pInvokes.Detail(method) is { } pInvoke)
        {
            Add(IlRuleIds.PInvoke, sourceMethod, pInvoke);
        }

        if (method.RelativeVirtualAddress == 0)
        {
            return;
        }

        var countsMalloc = !malloc.IsWrapperMalloc(handle);
        var body = image.GetMethodBody(method.RelativeVirtualAddress);
        foreach (var instruction in IlInstructions.WithTokens(body.GetILReader()))
        {
            if (countsMalloc && CallsOrTakesMethod(instruction.OpCode) && malloc.Target(instruction.Operand) is { } target)
            {
                callSites.Add(new MallocCallSite(sourceMethod, instruction.Offset, target));
            }

            if (banned.Detail(instruction) is { } detail)
            {
                Add(IlRuleIds.BannedApi, sourceMethod, detail);
            }
        }
    }

    // Taking Malloc as a delegate is a call site too: the delegate can then be called from anywhere.
    private static bool CallsOrTakesMethod(ILOpCode opCode) =>
        opCode is ILOpCode.Call or ILOpCode.Callvirt or ILOpCode.Jmp or ILOpCode.Ldftn or ILOpCode.Ldvirtftn;

    private IlFinding TooManyMallocCallSites()
    {
        var places = callSites
            .GroupBy(site => site.Method, StringComparer.Ordinal)
            .Select(method => method.Count() switch
            {
                1 => method.Key,
                2 => method.Key + " twice",
                var count => $"{method.Key} {count} times",
            });
        var detail = $"calls INativeHeap.Malloc from {callSites.Count} places ({string.Join(", ", places)}); "
            + $"at most {settings.MaxMallocCallSites} are allowed: allocate each kind of object (the zone record, the region, a node) "
            + "in one place, through a helper method when several methods need one";
        return new IlFinding(IlRuleIds.MallocCallSites, callSites[settings.MaxMallocCallSites].Method, detail);
    }

    private void Add(string ruleId, string method, string detail)
    {
        var finding = new IlFinding(ruleId, method, detail);
        if (found.Add(finding))
        {
            findings.Add(finding);
        }
    }
}
