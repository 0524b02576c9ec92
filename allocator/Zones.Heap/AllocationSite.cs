using System.Diagnostics;

namespace Zones.Heap;

/// <summary>
/// Where a heap call came from: the method that called Malloc or Free, and its file and line when the
/// calling assembly has a PDB.
/// </summary>
/// <param name="Method">The calling method, as <c>Type.Method</c>.</param>
/// <param name="File">The source file's name, when known.</param>
/// <param name="Line">The line in <paramref name="File"/>, when known.</param>
public sealed record AllocationSite(string Method, string? File, int? Line)
{
    /// <summary>A site for calls whose caller could not be seen.</summary>
    public static AllocationSite Unknown { get; } = new("(unknown caller)", null, null);

    /// <summary>The first frame of the current stack outside the tracked heap itself.</summary>
    internal static AllocationSite OfCaller()
    {
        var trace = new StackTrace(1, fNeedFileInfo: true);
        foreach (var frame in trace.GetFrames())
        {
            var method = frame.GetMethod();
            if (method is null || method.DeclaringType == typeof(TrackedHeap))
            {
                continue;
            }

            var file = frame.GetFileName();
            var line = frame.GetFileLineNumber();
            return new AllocationSite(
                $"{method.DeclaringType?.Name ?? "?"}.{method.Name}",
                file is null ? null : Path.GetFileName(file),
                line > 0 ? line : null);
        }

        return Unknown;
    }

    /// <summary><c>ZoneAllocator.NewNode (ZoneAllocator.cs:42)</c>, or the method alone without a PDB.</summary>
    public override string ToString() =>
        File is null ? Method : Line is null ? $"{Method} ({File})" : $"{Method} ({File}:{Line})";
}
