namespace Autograder.Cli.Tests;

/// <summary>A small class to grade in end-to-end tests: copies of four bundled samples and one that does not compile.</summary>
internal static class ClassFolder
{
    public static readonly string[] Samples = ["BestFit", "LeaksNodeOnFree", "LinkedList", "NoCoalescing"];

    public static string Create(string parent)
    {
        var folder = Path.Combine(parent, "class");
        foreach (var sample in Samples)
        {
            var source = Path.Combine(RepositoryPaths.Samples, sample);
            var target = Path.Combine(folder, sample);
            Directory.CreateDirectory(target);
            foreach (var file in Directory.EnumerateFiles(source, "*.cs"))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
        }

        var broken = Path.Combine(folder, "DoesNotCompile");
        Directory.CreateDirectory(broken);
        File.WriteAllText(Path.Combine(broken, "ZoneAllocator.cs"), "public sealed class ZoneAllocator { public int Zalloc( }\n");
        return folder;
    }
}
