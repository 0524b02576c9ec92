using System.Reflection;
using System.Runtime.Loader;

namespace Autograder.Compilation;

/// <summary>
/// A submission turned into an assembly: its bytes, its portable PDB (with the sources embedded, so
/// stack traces name file and line), and the warnings the compiler gave.
/// </summary>
public sealed class CompiledSubmission
{
    internal CompiledSubmission(
        string assemblyName,
        string contentHash,
        ReadOnlyMemory<byte> assemblyBytes,
        ReadOnlyMemory<byte> pdbBytes,
        IReadOnlyList<CompileDiagnostic> warnings,
        bool fromCache)
    {
        AssemblyName = assemblyName;
        ContentHash = contentHash;
        AssemblyBytes = assemblyBytes;
        PdbBytes = pdbBytes;
        Warnings = warnings;
        FromCache = fromCache;
    }

    /// <summary>
    /// The assembly's simple name: the submission's name and the start of its content hash for
    /// compiled sources (<c>alice-3fa9c1d2e4b5</c>), the assembly's own name for a prebuilt .dll.
    /// </summary>
    public string AssemblyName { get; }

    /// <summary>
    /// SHA-256, in lowercase hex, over the sources' relative paths and contents and the compiler
    /// settings (for sources), or over the file's bytes (for a prebuilt .dll).
    /// </summary>
    public string ContentHash { get; }

    /// <summary>The assembly's PE image.</summary>
    public ReadOnlyMemory<byte> AssemblyBytes { get; }

    /// <summary>The portable PDB, or empty when a prebuilt .dll came without one.</summary>
    public ReadOnlyMemory<byte> PdbBytes { get; }

    /// <summary>The compiler's warnings, in file, line and column order; empty for a prebuilt .dll.</summary>
    public IReadOnlyList<CompileDiagnostic> Warnings { get; }

    /// <summary>True when this came from the compile cache rather than from running the compiler.</summary>
    public bool FromCache { get; }

    /// <summary>Loads the assembly, with its symbols when there are any, into <paramref name="context"/>.</summary>
    public Assembly LoadInto(AssemblyLoadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var assembly = new MemoryStream(AssemblyBytes.ToArray(), writable: false);
        if (PdbBytes.IsEmpty)
        {
            return context.LoadFromStream(assembly);
        }

        using var symbols = new MemoryStream(PdbBytes.ToArray(), writable: false);
        return context.LoadFromStream(assembly, symbols);
    }
}
