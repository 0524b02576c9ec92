using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;

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

    // Sites already resolved, by method and IL offset: finding a frame's file and line in the PDB costs far
    // more than the stack walk, and a submission allocates from three places, so each is looked up once.
    private static readonly ConcurrentDictionary<(MethodBase Method, int Offset), AllocationSite> Resolved = new();

    /// <summary>The first frame of the current stack outside the tracked heap itself.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static AllocationSite OfCaller()
    {
        var frames = new StackTrace(1, fNeedFileInfo: false).GetFrames();
        for (var i = 0; i < frames.Length; i++)
        {
            var method = frames[i].GetMethod();
            if (method is null || method.DeclaringType == typeof(TrackedHeap))
            {
                continue;
            }

            var key = (method, frames[i].GetILOffset());
            return Resolved.TryGetValue(key, out var known) ? known : Resolved.GetOrAdd(key, WithFileInfo(i, method));
        }

        return Unknown;
    }

    // The same frame again, this time with its file and line. (Index i counts frames above OfCaller's caller; this
    // method adds one frame of its own, which skipping 2 leaves out.)
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static AllocationSite WithFileInfo(int i, MethodBase method)
    {
        var frame = new StackTrace(2, fNeedFileInfo: true).GetFrame(i);
        var file = frame?.GetMethod() == method ? frame.GetFileName() : null;
        var line = file is null ? 0 : frame!.GetFileLineNumber();
        return new AllocationSite(
            $"{method.DeclaringType?.Name ?? "?"}.{method.Name}",
            file is null ? null : Path.GetFileName(file),
            line > 0 ? line : null);
    }

    /// <summary><c>ZoneAllocator.NewNode (ZoneAllocator.cs:42)</c>, or the method alone without a PDB.</summary>
    public override string ToString() =>
        File is null ? Method : Line is null ? $"{Method} ({File})" : $"{Method} ({File}:{Line})";
}
