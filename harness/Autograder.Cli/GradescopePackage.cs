using System.IO.Compression;
using System.Reflection;
using Autograder.Reports;
using Autograder.Scoring;

namespace Autograder.Cli;

/// <summary>
/// A Gradescope autograder zip. Gradescope unpacks it into <c>/autograder/source</c>, runs
/// <c>setup.sh</c> once to build the image, and <c>run_autograder</c> for every submission. Beside them:
/// <c>grader/</c> (this grader, framework-dependent), <c>rubric/</c> (the rubric with every file it reads,
/// hidden cases included: they never reach a worker as files) and <c>reports/</c> (the report templates).
/// </summary>
internal static class GradescopePackage
{
    /// <summary>The scripts Gradescope runs; executable in the zip.</summary>
    public static IReadOnlyList<string> Scripts { get; } = ["setup.sh", "run_autograder"];

    private const int ExecutableMode = 0b111_101_101;
    private const int FileMode = 0b110_100_100;
    private const int RegularFile = 0x8000;

    /// <summary>Writes the package to <paramref name="zipPath"/>, replacing any file there.</summary>
    /// <param name="zipPath">The zip to write.</param>
    /// <param name="graderFolder">The folder this grader runs from.</param>
    /// <param name="rubricPath">The rubric.</param>
    /// <param name="templatesFolder">Edited report templates, or null for the built-in ones.</param>
    /// <exception cref="UserInputException">The rubric or templates are wrong, or a file cannot be packed; the message says which.</exception>
    public static PackageContents Write(string zipPath, string graderFolder, string rubricPath, string? templatesFolder)
    {
        var rubric = LoadRubric(rubricPath);
        var stage = Directory.CreateTempSubdirectory("autograder-package-").FullName;
        try
        {
            foreach (var file in Scripts.Append("README.md"))
            {
                WriteResource($"Gradescope/{file}", Path.Combine(stage, file));
            }

            var grader = GraderFiles.In(graderFolder);
            Copy(graderFolder, grader, Path.Combine(stage, "grader"));

            var rubricFiles = RubricFiles.Of(rubric, rubricPath);
            var rubricFolder = Path.Combine(stage, "rubric");
            Copy(Path.GetDirectoryName(Path.GetFullPath(rubricPath))!, rubricFiles, rubricFolder);
            File.Copy(rubricPath, Path.Combine(rubricFolder, "grading.json"));
            CheckCopy(rubric, Path.Combine(rubricFolder, "grading.json"));

            var templates = WriteTemplates(templatesFolder, Path.Combine(stage, "reports"));
            Zip(stage, zipPath);
            return new PackageContents(grader.Count, rubricFiles.Count + 1, rubric.Cases.Count, rubric.Cases.Count(entry => entry.Visibility != Visibility.Visible), templates);
        }
        finally
        {
            Directory.Delete(stage, recursive: true);
        }
    }

    private static Rubric LoadRubric(string path)
    {
        try
        {
            return RubricLoader.Load(path);
        }
        catch (RubricException e)
        {
            throw new UserInputException(e.Message);
        }
    }

    // The copy must give the same cases: a file the rubric reads that was not copied fails here, not on Gradescope.
    private static void CheckCopy(Rubric original, string copyPath)
    {
        Rubric copy;
        try
        {
            copy = RubricLoader.Load(copyPath);
        }
        catch (RubricException e)
        {
            throw new UserInputException($"The packed rubric does not load as the original does ({e.Message}); this is a bug in 'autograder package', please report it.");
        }

        if (!RubricFiles.SameCases(original, copy, out var difference))
        {
            throw new UserInputException($"The packed rubric does not give the original's cases: {difference}; this is a bug in 'autograder package', please report it.");
        }
    }

    // Edited templates where given (every .hbs file and the folder's README), else the built-in ones.
    private static int WriteTemplates(string? folder, string target)
    {
        Directory.CreateDirectory(target);
        if (folder is not null)
        {
            var files = Directory.GetFiles(folder, "*.hbs").Concat(Directory.GetFiles(folder, "README.md")).ToList();
            foreach (var file in files)
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }

            return files.Count(file => file.EndsWith(".hbs", StringComparison.Ordinal));
        }

        var assembly = typeof(ReportWriter).Assembly;
        var builtIn = assembly.GetManifestResourceNames().Where(name => name.StartsWith("templates/", StringComparison.Ordinal)).ToList();
        foreach (var name in builtIn)
        {
            using var source = assembly.GetManifestResourceStream(name)!;
            using var copy = File.Create(Path.Combine(target, name["templates/".Length..]));
            source.CopyTo(copy);
        }

        return builtIn.Count;
    }

    private static void WriteResource(string name, string path)
    {
        using var source = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the grader was built without its resource {name}");
        using var copy = File.Create(path);
        source.CopyTo(copy);
    }

    private static void Copy(string from, IEnumerable<string> relativePaths, string to)
    {
        foreach (var relative in relativePaths)
        {
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(from, relative), target);
        }
    }

    // Entries in path order with Unix modes, so the scripts stay executable wherever the zip is unpacked.
    private static void Zip(string stage, string zipPath)
    {
        var full = Path.GetFullPath(zipPath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        using (var archive = ZipFile.Open(temporary, ZipArchiveMode.Create))
        {
            var files = Directory.GetFiles(stage, "*", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(stage, file).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal);
            foreach (var name in files)
            {
                var entry = archive.CreateEntryFromFile(Path.Combine(stage, name), name, CompressionLevel.Optimal);
                entry.ExternalAttributes = (RegularFile | (Scripts.Contains(name) ? ExecutableMode : FileMode)) << 16;
            }
        }

        File.Move(temporary, full, overwrite: true);
    }
}
