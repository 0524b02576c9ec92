using Microsoft.CodeAnalysis;
using Zones;

namespace Autograder.Compilation;

/// <summary>
/// What a submission compiles against: the running runtime's shared framework (the trusted platform
/// assemblies that sit beside <c>System.Runtime.dll</c>, not the grader's own dependencies) and
/// <c>Zones.Contract.dll</c>. Loaded once per process; the compiler maps the files, it does not copy them.
/// </summary>
internal static class FrameworkReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> All = new(Load);

    public static IReadOnlyList<MetadataReference> Get() => All.Value;

    public static string ContractPath()
    {
        var location = typeof(IZoneAllocator).Assembly.Location;
        if (location.Length == 0)
        {
            throw new InvalidOperationException(
                "Zones.Contract.dll has no file on disk (a single-file publish?); the grader needs it as a file to compile submissions.");
        }

        return location;
    }

    private static IReadOnlyList<MetadataReference> Load()
    {
        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var systemRuntime = trusted.FirstOrDefault(path => Path.GetFileName(path) == "System.Runtime.dll")
            ?? throw new InvalidOperationException(
                "System.Runtime.dll is not among the runtime's trusted platform assemblies; run the grader with 'dotnet', not as a single-file app.");
        var frameworkDirectory = Path.GetDirectoryName(systemRuntime);

        return trusted
            .Where(path => Path.GetDirectoryName(path) == frameworkDirectory)
            .Order(StringComparer.Ordinal)
            .Append(ContractPath())
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
    }
}
