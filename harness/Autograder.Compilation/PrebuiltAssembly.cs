using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

namespace Autograder.Compilation;

/// <summary>
/// Accepts a submission's own .dll as it is, once System.Reflection.Metadata has shown it is a .NET
/// assembly that can run (not a native library, not a reference assembly from <c>obj/ref/</c>). A
/// portable PDB beside it is kept when it belongs to that very build.
/// </summary>
internal static class PrebuiltAssembly
{
    /// <summary>The largest .dll accepted; a compiled allocator is a few kilobytes.</summary>
    public const long MaxFileBytes = 64 * 1024 * 1024;

    private const string ReferenceAssemblyAttribute = "System.Runtime.CompilerServices.ReferenceAssemblyAttribute";

    public static CompilationOutcome Read(string path, string displayPath)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                return Fail(SubmissionProblems.TooLarge(displayPath, length, MaxFileBytes));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Fail(SubmissionProblems.Unreadable(displayPath, exception.Message));
        }

        string assemblyName;
        try
        {
            using var reader = new PEReader(ImmutableCollectionsMarshal.AsImmutableArray(bytes));
            if (!reader.HasMetadata)
            {
                return Fail(SubmissionProblems.NotAnAssembly(displayPath, "it has no .NET metadata; is it a native library?"));
            }

            var metadata = reader.GetMetadataReader();
            if (!metadata.IsAssembly)
            {
                return Fail(SubmissionProblems.NotAnAssembly(displayPath, "it is a module without an assembly manifest"));
            }

            if (IsReferenceAssembly(metadata))
            {
                return Fail(SubmissionProblems.NotAnAssembly(
                    displayPath,
                    "it is a reference assembly, which cannot run; take the .dll from bin/, not from obj/ref/"));
            }

            assemblyName = metadata.GetString(metadata.GetAssemblyDefinition().Name);
        }
        catch (Exception exception) when (exception is BadImageFormatException or InvalidOperationException)
        {
            return Fail(SubmissionProblems.NotAnAssembly(displayPath, exception.Message));
        }

        var symbols = MatchingPortablePdb(path, bytes);
        var submission = new CompiledSubmission(assemblyName, ContentHash.Of(bytes), bytes, symbols, [], fromCache: false);
        return new CompilationOutcome.Succeeded(submission);
    }

    private static bool IsReferenceAssembly(MetadataReader metadata)
    {
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var constructor = metadata.GetCustomAttribute(handle).Constructor;
            if (constructor.Kind != HandleKind.MemberReference)
            {
                continue;
            }

            var parent = metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent;
            if (parent.Kind != HandleKind.TypeReference)
            {
                continue;
            }

            var type = metadata.GetTypeReference((TypeReferenceHandle)parent);
            var fullName = metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name);
            if (fullName == ReferenceAssemblyAttribute)
            {
                return true;
            }
        }

        return false;
    }

    // A stale or foreign PDB would give wrong file:line in stack traces, or fail the load: keep the
    // PDB only when its id is the one the assembly's CodeView entry names.
    private static byte[] MatchingPortablePdb(string assemblyPath, byte[] assemblyBytes)
    {
        var pdbPath = Path.ChangeExtension(assemblyPath, ".pdb");
        try
        {
            var pdbFile = new FileInfo(pdbPath);
            if (!pdbFile.Exists || pdbFile.Length > MaxFileBytes)
            {
                return [];
            }

            var pdbBytes = File.ReadAllBytes(pdbPath);
            using var assembly = new PEReader(ImmutableCollectionsMarshal.AsImmutableArray(assemblyBytes));
            var codeView = assembly.ReadDebugDirectory().FirstOrDefault(entry => entry.Type == DebugDirectoryEntryType.CodeView);
            if (codeView.Type != DebugDirectoryEntryType.CodeView)
            {
                return [];
            }

            var expected = assembly.ReadCodeViewDebugDirectoryData(codeView).Guid;
            using var provider = MetadataReaderProvider.FromPortablePdbImage(ImmutableCollectionsMarshal.AsImmutableArray(pdbBytes));
            var id = provider.GetMetadataReader().DebugMetadataHeader?.Id ?? [];
            return id.Length >= 16 && new Guid(id.AsSpan(0, 16)) == expected ? pdbBytes : [];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException)
        {
            return [];
        }
    }

    private static CompilationOutcome Fail(CompileDiagnostic error) => new CompilationOutcome.Failed([error], []);
}
