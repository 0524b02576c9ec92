using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Autograder.Execution;

namespace Autograder.Isolation;

/// <summary>
/// What a yardstick time depends on besides the case: this machine (name, processor and its count,
/// operating system), the runtime, and the build of the code that runs the yardstick. A saved time is
/// believed only on the machine and build that measured it.
/// </summary>
internal static class MachineFingerprint
{
    private static readonly Lazy<string> Cached = new(Compute);

    public static string Current => Cached.Value;

    private static string Compute()
    {
        var parts = new[]
        {
            Environment.MachineName,
            Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ProcessorModel(),
            RuntimeInformation.OSDescription,
            RuntimeInformation.OSArchitecture.ToString(),
            RuntimeInformation.FrameworkDescription,
            BuildOf(typeof(MachineFingerprint).Assembly),
            BuildOf(typeof(CaseExecutor).Assembly),
        };
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts))));
    }

    // A deterministic build changes its module id exactly when its code (or the embedded yardstick) changes.
    private static string BuildOf(Assembly assembly) => assembly.ManifestModule.ModuleVersionId.ToString("N");

    private static string ProcessorModel()
    {
        try
        {
            return OperatingSystem.IsLinux() && File.Exists("/proc/cpuinfo")
                ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal)) ?? string.Empty
                : string.Empty;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
