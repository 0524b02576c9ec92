using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Autograder.Worker;

/// <summary>
/// Keeps the process's standard output for the channel alone. The original descriptor 1 is duplicated
/// for the channel, then descriptor 1 is pointed at standard error, so nothing the submission writes,
/// through Console or straight to descriptor 1, can reach the channel or forge a message on it.
/// </summary>
internal static partial class StandardOutputTakeover
{
    public static Stream Take()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            // Elsewhere Console redirection alone protects the channel (see WorkerConsole).
            return Console.OpenStandardOutput();
        }

        var channel = Dup(1);
        if (channel < 0 || Dup2(2, 1) < 0)
        {
            throw new IOException($"could not move standard output aside (errno {Marshal.GetLastPInvokeError()})");
        }

        return new FileStream(new SafeFileHandle(channel, ownsHandle: true), FileAccess.Write, bufferSize: 1 << 16);
    }

    [LibraryImport("libc", EntryPoint = "dup", SetLastError = true)]
    private static partial int Dup(int descriptor);

    [LibraryImport("libc", EntryPoint = "dup2", SetLastError = true)]
    private static partial int Dup2(int from, int to);
}
