using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace Autograder.Compilation.Rules;

/// <summary>
/// Decodes a type signature to the one named type it is about: <c>List&lt;Process&gt;</c> to
/// <c>List</c>, <c>Process[]</c> and <c>Process*</c> to <c>Process</c>. Primitives, generic
/// parameters and function pointers give a nil handle.
/// </summary>
internal sealed class PrincipalTypeProvider : ISignatureTypeProvider<EntityHandle, object?>
{
    public static PrincipalTypeProvider Instance { get; } = new();

    public EntityHandle GetArrayType(EntityHandle elementType, ArrayShape shape) => elementType;

    public EntityHandle GetByReferenceType(EntityHandle elementType) => elementType;

    public EntityHandle GetFunctionPointerType(MethodSignature<EntityHandle> signature) => default;

    public EntityHandle GetGenericInstantiation(EntityHandle genericType, ImmutableArray<EntityHandle> typeArguments) => genericType;

    public EntityHandle GetGenericMethodParameter(object? genericContext, int index) => default;

    public EntityHandle GetGenericTypeParameter(object? genericContext, int index) => default;

    public EntityHandle GetModifiedType(EntityHandle modifier, EntityHandle unmodifiedType, bool isRequired) => unmodifiedType;

    public EntityHandle GetPinnedType(EntityHandle elementType) => elementType;

    public EntityHandle GetPointerType(EntityHandle elementType) => elementType;

    public EntityHandle GetPrimitiveType(PrimitiveTypeCode typeCode) => default;

    public EntityHandle GetSZArrayType(EntityHandle elementType) => elementType;

    public EntityHandle GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => handle;

    public EntityHandle GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => handle;

    // A specification inside a signature is not valid metadata; following it could loop forever.
    public EntityHandle GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) => default;
}
