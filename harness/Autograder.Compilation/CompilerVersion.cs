using System.Reflection;
using Zones;

namespace Autograder.Compilation;

/// <summary>
/// Names everything besides the sources that decides the compiled bytes; part of the content hash, so a
/// cache entry made by another compiler, runtime or contract is never reused. The compiler's version is
/// the package's, written into this assembly when it is built, so that a cache hit never loads Roslyn.
/// </summary>
internal static class CompilerVersion
{
    public static string Value { get; } = string.Join(
        ';',
        "zones-submission-compiler 2",
        "roslyn " + typeof(CompilerVersion).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "CompilerPackageVersion").Value,
        "runtime " + Environment.Version,
        "contract " + typeof(IZoneAllocator).Assembly.ManifestModule.ModuleVersionId);
}
