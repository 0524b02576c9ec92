using System.Text.Json;

namespace Autograder.Cli;

/// <summary>
/// The files this grader runs with, relative to its folder: the assemblies its deps.json names (with
/// their resources and platform-specific copies), its runtime configuration, and the worker it starts
/// for each submission. A package copies exactly these, whatever else shares the folder.
/// </summary>
internal static class GraderFiles
{
    /// <summary>The worker's assembly, which the grader starts from its own folder.</summary>
    public const string Worker = "Autograder.Worker.dll";

    /// <summary>The grader's entry assembly's name: <c>autograder</c>.</summary>
    public static string AppName { get; } = typeof(GraderFiles).Assembly.GetName().Name!;

    /// <summary>Every file of the grader in <paramref name="folder"/>, relative to it, with '/' separators.</summary>
    /// <exception cref="UserInputException">A file the grader needs is missing from the folder.</exception>
    public static IReadOnlyList<string> In(string folder)
    {
        var deps = Path.Combine(folder, AppName + ".deps.json");
        var files = new SortedSet<string>(StringComparer.Ordinal)
        {
            AppName + ".deps.json",
            AppName + ".runtimeconfig.json",
            Path.ChangeExtension(Worker, ".runtimeconfig.json"),
        };
        var workerDeps = Path.ChangeExtension(Worker, ".deps.json");
        if (File.Exists(Path.Combine(folder, workerDeps)))
        {
            files.Add(workerDeps);
        }

        using (var document = ReadDeps(deps))
        {
            var root = document.RootElement;
            var target = root.GetProperty("runtimeTarget").GetProperty("name").GetString()!;
            foreach (var library in root.GetProperty("targets").GetProperty(target).EnumerateObject())
            {
                AddAssets(library.Value, files);
            }
        }

        // Symbols, where they sit beside an assembly, give a bug report its line numbers.
        foreach (var assembly in files.Where(file => file.EndsWith(".dll", StringComparison.Ordinal)).ToList())
        {
            var symbols = Path.ChangeExtension(assembly, ".pdb");
            if (File.Exists(Path.Combine(folder, symbols)))
            {
                files.Add(symbols);
            }
        }

        var missing = files.Where(file => !File.Exists(Path.Combine(folder, file))).ToList();
        return missing.Count == 0
            ? [.. files]
            : throw new UserInputException($"The grader's folder {folder} lacks {string.Join(", ", missing)}; build the grader again (dotnet build harness/Autograder.Cli) or reinstall the tool.");
    }

    private static JsonDocument ReadDeps(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new UserInputException($"Cannot read the grader's {path} ({e.Message}); build the grader again (dotnet build harness/Autograder.Cli) or reinstall the tool.");
        }
    }

    // Where the SDK puts a library's assets in an application's folder: assemblies and native files at the
    // top, resources in a folder per culture, platform-specific copies under runtimes/ as the deps.json says.
    private static void AddAssets(JsonElement library, SortedSet<string> files)
    {
        foreach (var kind in new[] { "runtime", "native" })
        {
            if (library.TryGetProperty(kind, out var assets))
            {
                foreach (var asset in assets.EnumerateObject())
                {
                    files.Add(Path.GetFileName(asset.Name));
                }
            }
        }

        if (library.TryGetProperty("resources", out var resources))
        {
            foreach (var resource in resources.EnumerateObject())
            {
                files.Add($"{resource.Value.GetProperty("locale").GetString()}/{Path.GetFileName(resource.Name)}");
            }
        }

        if (library.TryGetProperty("runtimeTargets", out var targets))
        {
            foreach (var target in targets.EnumerateObject())
            {
                files.Add(target.Name);
            }
        }
    }
}
