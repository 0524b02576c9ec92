using System.Runtime.InteropServices;
using Zones;

namespace Autograder.Compilation.Tests;

/// <summary>An <see cref="INativeHeap"/> over the process's native memory that counts what is still taken.</summary>
internal sealed class NativeTestHeap : INativeHeap, IDisposable
{
    private readonly HashSet<nint> live = [];

    public int LiveBlocks => live.Count;

    public nint Malloc(nuint bytes)
    {
        var block = Marshal.AllocHGlobal(checked((nint)bytes));
        live.Add(block);
        return block;
    }

    public void Free(nint pointer)
    {
        if (pointer != 0 && live.Remove(pointer))
        {
            Marshal.FreeHGlobal(pointer);
        }
    }

    public void Dispose()
    {
        foreach (var block in live)
        {
            Marshal.FreeHGlobal(block);
        }

        live.Clear();
    }
}
