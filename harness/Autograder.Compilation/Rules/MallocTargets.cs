using System.Reflection.Metadata;

namespace Autograder.Compilation.Rules;

/// <summary>
/// Tells which methods count as Malloc: <c>Zones.INativeHeap.Malloc</c> itself, and any method named
/// Malloc on a type of the submission that implements <c>INativeHeap</c> (a wrapper around the heap).
/// </summary>
internal sealed class MallocTargets(MetadataReader reader, MetadataNames names)
{
    private const string HeapInterface = "Zones.INativeHeap";
    private const int MaxDepth = 64;

    private readonly Dictionary<TypeDefinitionHandle, bool> implementsHeap = [];

    /// <summary>The full name of the Malloc a call's operand names, or null when it names another method.</summary>
    public string? Target(EntityHandle operand) =>
        IsMallocName(MethodName(operand)) && ImplementsHeap(names.OwnerType(operand), depth: 0) ? names.FullName(operand) : null;

    /// <summary>
    /// Whether the method is the Malloc of the submission's own heap wrapper: its call to the heap it wraps
    /// forwards the calls that are counted at the wrapper's callers, so it is not a call site itself.
    /// </summary>
    public bool IsWrapperMalloc(MethodDefinitionHandle method) => Target(method) is not null;

    // An explicit implementation is named "Zones.INativeHeap.Malloc".
    private static bool IsMallocName(string? name) =>
        name is not null && (name == "Malloc" || name.EndsWith(".Malloc", StringComparison.Ordinal));

    private string? MethodName(EntityHandle operand) => operand.Kind switch
    {
        HandleKind.MethodDefinition or HandleKind.MethodSpecification => names.MemberName(operand),
        HandleKind.MemberReference when reader.GetMemberReference((MemberReferenceHandle)operand).GetKind() == MemberReferenceKind.Method
            => names.MemberName(operand),
        _ => null,
    };

    private bool ImplementsHeap(EntityHandle type, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new BadImageFormatException($"types derive more than {MaxDepth} deep; the metadata is malformed");
        }

        if (type.Kind == HandleKind.TypeReference)
        {
            return names.TypeName(type) == HeapInterface;
        }

        if (type.Kind != HandleKind.TypeDefinition)
        {
            return false;
        }

        var handle = (TypeDefinitionHandle)type;
        if (implementsHeap.TryGetValue(handle, out var known))
        {
            return known;
        }

        // A cycle, which only malformed metadata has, ends here as "no".
        implementsHeap[handle] = false;
        var definition = reader.GetTypeDefinition(handle);
        var result = definition.GetInterfaceImplementations()
                .Any(implementation => ImplementsHeap(names.PrincipalType(reader.GetInterfaceImplementation(implementation).Interface), depth + 1))
            || (!definition.BaseType.IsNil && ImplementsHeap(names.PrincipalType(definition.BaseType), depth + 1));
        implementsHeap[handle] = result;
        return result;
    }
}
