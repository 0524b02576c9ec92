using System.Reflection;
using System.Reflection.Metadata;

namespace Autograder.Compilation.Rules;

/// <summary>
/// Finds a submission's own native functions: methods with <c>[DllImport]</c> (marked
/// <c>pinvokeimpl</c> in metadata) and methods with <c>[LibraryImport]</c>.
/// </summary>
internal sealed class PInvokeDeclarations(MetadataReader reader, MetadataNames names)
{
    private const string LibraryImportAttribute = "System.Runtime.InteropServices.LibraryImportAttribute";

    /// <summary>What the method declares, for the student; null when it is not a P/Invoke.</summary>
    public string? Detail(MethodDefinition method)
    {
        if ((method.Attributes & MethodAttributes.PinvokeImpl) != 0)
        {
            var import = method.GetImport();
            var entryPoint = reader.GetString(import.Name.IsNil ? method.Name : import.Name);
            var library = import.Module.IsNil ? null : reader.GetString(reader.GetModuleReference(import.Module).Name);
            return Message(entryPoint, library);
        }

        foreach (var handle in method.GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (names.TypeName(names.OwnerType(attribute.Constructor)) == LibraryImportAttribute)
            {
                return Message(reader.GetString(method.Name), LibraryName(attribute));
            }
        }

        return null;
    }

    // The attribute's first constructor argument: a prolog of 1, then the library's name.
    private string? LibraryName(CustomAttribute attribute)
    {
        var value = reader.GetBlobReader(attribute.Value);
        return value.Length >= 3 && value.ReadUInt16() == 1 ? value.ReadSerializedString() : null;
    }

    private static string Message(string entryPoint, string? library) =>
        $"declares the native function {entryPoint}{(library is null ? string.Empty : " of " + library)} (a P/Invoke): "
        + "submissions may not call native code; remove the declaration and take memory only from the INativeHeap you are given";
}
