using System.Reflection.Metadata;

namespace Autograder.Compilation.Rules;

/// <summary>
/// Decides whether an instruction uses a banned API of another assembly, and says so in a sentence a
/// student can act on. The submission's own types and members are never banned.
/// </summary>
internal sealed class BannedApiCheck(MetadataNames names, IlRuleSettings settings)
{
    // A large prebuilt assembly names the same few members over and over: decide once per token.
    private readonly Dictionary<EntityHandle, BannedUse?> decided = [];

    public string? Detail(TokenInstruction instruction)
    {
        if (!decided.TryGetValue(instruction.Operand, out var use))
        {
            use = Decide(instruction.Operand);
            decided[instruction.Operand] = use;
        }

        if (use is null)
        {
            return null;
        }

        var (what, fix) = use.Member switch
        {
            ".ctor" => ($"creates a {use.TypeName}", "remove it"),
            not null when use.Accessor is { } property => ($"{property.Verb} {use.TypeName}.{property.Name}", "remove it"),
            _ => Describe(instruction.OpCode, use.Member is null, use.FullName),
        };
        return $"{what}: submissions may not {use.Api.Reason}; {fix}";
    }

    private BannedUse? Decide(EntityHandle operand)
    {
        var owner = names.OwnerType(operand);
        if (owner.Kind != HandleKind.TypeReference)
        {
            return null;
        }

        var typeName = names.TypeName(owner);
        var member = names.MemberName(operand);
        var fullName = member is null ? typeName : typeName + "." + member;
        var accessor = Accessor(member);
        var alias = accessor is null ? null : typeName + "." + accessor.Value.Name;
        var api = Find(fullName) ?? (alias is null ? null : Find(alias));
        if (api is null || IsAllowed(fullName) || (alias is not null && IsAllowed(alias)))
        {
            return null;
        }

        return new BannedUse(api, typeName, member, fullName, accessor);
    }

    private static (string What, string Fix) Describe(ILOpCode opCode, bool isType, string name) => opCode switch
    {
        ILOpCode.Call or ILOpCode.Callvirt or ILOpCode.Jmp => ($"calls {name}", "remove the call"),
        ILOpCode.Ldftn or ILOpCode.Ldvirtftn => ($"takes {name} as a delegate", "remove it"),
        ILOpCode.Ldfld or ILOpCode.Ldsfld => ($"reads the field {name}", "remove it"),
        ILOpCode.Stfld or ILOpCode.Stsfld => ($"writes the field {name}", "remove it"),
        ILOpCode.Ldflda or ILOpCode.Ldsflda => ($"takes the address of the field {name}", "remove it"),
        ILOpCode.Ldtoken when isType => ($"uses typeof({name})", "remove it"),
        _ when isType => ($"uses the type {name}", "remove it"),
        _ => ($"refers to {name}", "remove it"),
    };

    /// <summary>"reads the property" and "Out" for "get_Out": a property or event is banned by its own name too.</summary>
    private static (string Verb, string Name)? Accessor(string? member)
    {
        (string Prefix, string Verb)[] accessors =
        [
            ("get_", "reads the property"),
            ("set_", "sets the property"),
            ("add_", "subscribes to the event"),
            ("remove_", "unsubscribes from the event"),
        ];
        foreach (var (prefix, verb) in accessors)
        {
            if (member is not null && member.Length > prefix.Length && member.StartsWith(prefix, StringComparison.Ordinal))
            {
                return (verb, member[prefix.Length..]);
            }
        }

        return null;
    }

    private BannedApi? Find(string fullName) => settings.BannedApis.FirstOrDefault(api => api.Covers(fullName));

    private bool IsAllowed(string fullName) => settings.AllowedApis.Any(pattern => ApiPattern.Covers(pattern, fullName));

    private sealed record BannedUse(BannedApi Api, string TypeName, string? Member, string FullName, (string Verb, string Name)? Accessor);
}
