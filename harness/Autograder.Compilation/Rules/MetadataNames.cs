using System.Reflection.Metadata;

namespace Autograder.Compilation.Rules;

/// <summary>
/// Full names for what metadata tokens name (<c>System.IO.File.ReadAllText</c>, generic arity left out),
/// and the names a student would give the methods of their own assembly.
/// </summary>
internal sealed class MetadataNames(MetadataReader reader)
{
    // Malformed metadata can make a nesting chain loop; real code nests a handful of types deep.
    private const int MaxNesting = 64;

    /// <summary>The type definition or reference a type handle is about (a specification decoded), or nil.</summary>
    public EntityHandle PrincipalType(EntityHandle type) => type.Kind switch
    {
        HandleKind.TypeDefinition or HandleKind.TypeReference => type,
        HandleKind.TypeSpecification => reader.GetTypeSpecification((TypeSpecificationHandle)type)
            .DecodeSignature(PrincipalTypeProvider.Instance, genericContext: null),
        _ => default,
    };

    /// <summary>The type definition or reference that declares what a token names; for a type, the type itself.</summary>
    public EntityHandle OwnerType(EntityHandle token) => token.Kind switch
    {
        HandleKind.MethodDefinition => reader.GetMethodDefinition((MethodDefinitionHandle)token).GetDeclaringType(),
        HandleKind.FieldDefinition => reader.GetFieldDefinition((FieldDefinitionHandle)token).GetDeclaringType(),
        HandleKind.MemberReference => reader.GetMemberReference((MemberReferenceHandle)token).Parent is var parent
            && parent.Kind == HandleKind.MethodDefinition
                ? OwnerType(parent)
                : PrincipalType(parent),
        HandleKind.MethodSpecification => OwnerType(reader.GetMethodSpecification((MethodSpecificationHandle)token).Method),
        _ => PrincipalType(token),
    };

    /// <summary><c>Namespace.Type.Member</c> for a method or field token, <c>Namespace.Type</c> for a type token.</summary>
    public string FullName(EntityHandle token)
    {
        var type = TypeName(OwnerType(token));
        return MemberName(token) is { } member ? Qualified(type, member) : type;
    }

    /// <summary><c>Namespace.Outer.Inner</c> for a type handle; empty for primitives and generic parameters.</summary>
    public string TypeName(EntityHandle type) => TypeName(PrincipalType(type), depth: 0);

    /// <summary>
    /// The submission's method as its author knows it, <c>Namespace.Type.Method</c>: a lambda or local
    /// function is named after the method that holds it, an async method or iterator after itself.
    /// </summary>
    public string SourceMethod(MethodDefinitionHandle handle)
    {
        var method = reader.GetMethodDefinition(handle);
        var name = reader.GetString(method.Name);
        name = GeneratedFrom(name) ?? name;
        var type = method.GetDeclaringType();
        for (var depth = 0; ; depth++)
        {
            CheckNesting(depth);
            var definition = reader.GetTypeDefinition(type);
            var declaring = definition.GetDeclaringType();
            var typeName = reader.GetString(definition.Name);
            if (declaring.IsNil || !typeName.StartsWith('<'))
            {
                return Qualified(TypeName(type), name);
            }

            // Closures (<>c, <>c__DisplayClass0_0) hold lambdas already named after their method; a
            // state machine (<Zalloc>d__4) is its method.
            name = GeneratedFrom(typeName) ?? name;
            type = declaring;
        }
    }

    /// <summary>The member a method or field token names (<c>ReadAllText</c>, <c>.ctor</c>); null for a type token.</summary>
    public string? MemberName(EntityHandle token) => token.Kind switch
    {
        HandleKind.MethodDefinition => reader.GetString(reader.GetMethodDefinition((MethodDefinitionHandle)token).Name),
        HandleKind.FieldDefinition => reader.GetString(reader.GetFieldDefinition((FieldDefinitionHandle)token).Name),
        HandleKind.MemberReference => reader.GetString(reader.GetMemberReference((MemberReferenceHandle)token).Name),
        HandleKind.MethodSpecification => MemberName(reader.GetMethodSpecification((MethodSpecificationHandle)token).Method),
        _ => null,
    };

    private string TypeName(EntityHandle type, int depth)
    {
        CheckNesting(depth);
        switch (type.Kind)
        {
            case HandleKind.TypeDefinition:
                var definition = reader.GetTypeDefinition((TypeDefinitionHandle)type);
                var declaring = definition.GetDeclaringType();
                var definitionName = WithoutArity(reader.GetString(definition.Name));
                return declaring.IsNil
                    ? Qualified(reader.GetString(definition.Namespace), definitionName)
                    : Qualified(TypeName(declaring, depth + 1), definitionName);
            case HandleKind.TypeReference:
                var reference = reader.GetTypeReference((TypeReferenceHandle)type);
                var referenceName = WithoutArity(reader.GetString(reference.Name));
                return reference.ResolutionScope.Kind == HandleKind.TypeReference
                    ? Qualified(TypeName(reference.ResolutionScope, depth + 1), referenceName)
                    : Qualified(reader.GetString(reference.Namespace), referenceName);
            default:
                return string.Empty;
        }
    }

    /// <summary>"Zalloc" for the compiler's "&lt;Zalloc&gt;b__3_0", "&lt;Zalloc&gt;d__4", "&lt;Zalloc&gt;g__Local|3_0".</summary>
    private static string? GeneratedFrom(string name)
    {
        var end = name.IndexOf('>', StringComparison.Ordinal);
        return name.StartsWith('<') && end > 1 ? name[1..end] : null;
    }

    private static string WithoutArity(string name)
    {
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick > 0 ? name[..tick] : name;
    }

    private static string Qualified(string scope, string name) => scope.Length == 0 ? name : scope + "." + name;

    private static void CheckNesting(int depth)
    {
        if (depth > MaxNesting)
        {
            throw new BadImageFormatException($"types nest more than {MaxNesting} deep; the metadata is malformed");
        }
    }
}
