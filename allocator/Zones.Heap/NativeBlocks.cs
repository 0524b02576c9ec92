using System.Runtime.InteropServices;

namespace Zones.Heap;

/// <summary>
/// The C library's malloc and free, called without a GC transition: both return quickly and never call
/// back into .NET, and that transition is most of what a managed malloc costs. A refusal is a null
/// return, not an exception, so no try/catch slows the common path. Elsewhere than on Linux and macOS,
/// <see cref="NativeMemory"/>.
/// </summary>
internal static unsafe partial class NativeBlocks
{
    private static readonly bool UsesLibc = OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    /// <summary>A block of at least one byte, or 0 when memory is refused.</summary>
    public static nint Allocate(nuint bytes)
    {
        var size = bytes == 0 ? 1 : bytes;
        return UsesLibc ? LibcMalloc(size) : AllocateManaged(size);
    }

    public static void Release(nint block)
    {
        if (UsesLibc)
        {
            LibcFree(block);
        }
        else
        {
            NativeMemory.Free((void*)block);
        }
    }

    private static nint AllocateManaged(nuint size)
    {
        try
        {
            return (nint)NativeMemory.Alloc(size);
        }
        catch (OutOfMemoryException)
        {
            return 0;
        }
    }

    [LibraryImport("libc", EntryPoint = "malloc")]
    [SuppressGCTransition]
    private static partial nint LibcMalloc(nuint size);

    [LibraryImport("libc", EntryPoint = "free")]
    [SuppressGCTransition]
    private static partial void LibcFree(nint block);
}
