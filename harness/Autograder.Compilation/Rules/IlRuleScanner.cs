using System.Collections.Immutable;
using System.Reflection.PortableExecutable;

namespace Autograder.Compilation.Rules;

/// <summary>
/// Checks a compiled submission against the rules that can be read from its IL, without loading or
/// running it: how many places call <c>INativeHeap.Malloc</c>, which banned APIs it uses (calls,
/// constructors, fields, <c>typeof</c>), and whether it declares native functions of its own.
/// </summary>
public static class IlRuleScanner
{
    /// <summary>
    /// Scans the assembly. Bytes that are not a readable .NET assembly give a result whose
    /// <see cref="IlScanResult.Error"/> says so, never an exception.
    /// </summary>
    /// <param name="assembly">The PE image, as <see cref="CompiledSubmission.AssemblyBytes"/> holds it.</param>
    /// <param name="settings">The banned APIs and the number of Malloc call sites allowed.</param>
    public static IlScanResult Scan(ReadOnlyMemory<byte> assembly, IlRuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        try
        {
            using var image = new PEReader(ImmutableArray.Create(assembly.Span));
            if (!image.HasMetadata)
            {
                return IlScanResult.Unreadable("the file has no .NET metadata (a native library, or not a program at all); its code could not be checked against the rules");
            }

            return new AssemblyScan(image, settings).Run();
        }
        catch (Exception exception) when (exception is BadImageFormatException or InvalidOperationException
            or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            // Whatever the bytes are, a malformed assembly is the submission's problem, not the grader's.
            return IlScanResult.Unreadable($"the assembly is malformed ({exception.Message}); its code could not be checked against the rules");
        }
    }
}
