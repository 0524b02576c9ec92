using System.IO.Compression;
using System.Runtime.Versioning;
using System.Text.Json;
using Autograder.Scoring;

namespace Autograder.Cli.Tests;

/// <summary>
/// The Gradescope package as an instructor uses it: packed, unzipped, and its run_autograder run on a
/// submission with the paths Gradescope would give it pointed at temporary folders.
/// </summary>
public sealed class GradescopePackageTests(GradescopePackageTests.Unzipped package) : IClassFixture<GradescopePackageTests.Unzipped>
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact(Timeout = 240_000)]
    public async Task A_correct_submission_gets_every_point_of_every_case_hidden_ones_included_in_gradescopes_results()
    {
        using var results = new TempFolder();
        var rubric = RubricLoader.Load(Path.Combine(RepositoryPaths.Root, "grading.json"));

        var (exitCode, _, error) = await Task.Run(() => package.RunAutograder(Path.Combine(RepositoryPaths.Samples, "LinkedList"), results.Path));

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(results.Path, "results.json")));
        var root = json.RootElement;
        Assert.Equal(rubric.MaxScore, root.GetProperty("score").GetDecimal());
        Assert.True(root.GetProperty("execution_time").GetDecimal() > 0);
        Assert.StartsWith($"Zone allocator: {rubric.MaxScore} of {rubric.MaxScore} points", root.GetProperty("output").GetString(), StringComparison.Ordinal);
        var tests = root.GetProperty("tests").EnumerateArray().ToList();
        Assert.Equal(rubric.Cases.Select(entry => entry.Name), tests.Select(test => test.GetProperty("name").GetString()));
        Assert.All(tests, test =>
        {
            Assert.Equal("passed", test.GetProperty("status").GetString());
            Assert.Equal(test.GetProperty("max_score").GetDecimal(), test.GetProperty("score").GetDecimal());
            Assert.False(string.IsNullOrEmpty(test.GetProperty("output").GetString()));
        });
        Assert.Equal(
            rubric.Cases.Count(entry => entry.Visibility == Visibility.Hidden),
            tests.Count(test => test.GetProperty("visibility").GetString() == "hidden"));
    }

    [Fact(Timeout = 240_000)]
    public async Task A_submission_that_does_not_compile_scores_zero_with_the_compilers_message()
    {
        using var submission = new TempFolder();
        Directory.CreateDirectory(Path.Combine(submission.Path, "src"));
        File.WriteAllText(Path.Combine(submission.Path, "src", "Broken.cs"), "namespace Student;\n\npublic sealed class Broken { public int Size() => undefinedSize; }\n");
        using var results = new TempFolder();

        var (exitCode, _, error) = await Task.Run(() => package.RunAutograder(submission.Path, results.Path));

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(results.Path, "results.json")));
        Assert.Equal(0, json.RootElement.GetProperty("score").GetDecimal());
        var output = json.RootElement.GetProperty("output").GetString();
        Assert.Contains("does not compile", output, StringComparison.Ordinal);
        Assert.Contains("src/Broken.cs(3,51): error CS0103: The name 'undefinedSize' does not exist in the current context", output, StringComparison.Ordinal);
        Assert.All(json.RootElement.GetProperty("tests").EnumerateArray(), test => Assert.Equal(0, test.GetProperty("score").GetDecimal()));
    }

    [Fact(Timeout = 60_000)]
    public async Task When_the_grader_cannot_run_the_student_still_gets_a_zero_with_the_reason()
    {
        using var results = new TempFolder();
        using var empty = new TempFolder();

        var (_, _, error) = await Task.Run(() => package.RunAutograder(
            Path.Combine(RepositoryPaths.Samples, "LinkedList"), results.Path, new Dictionary<string, string> { ["AUTOGRADER_HOME"] = empty.Path }));

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(results.Path, "results.json")));
        Assert.Equal(0, json.RootElement.GetProperty("score").GetDecimal());
        Assert.StartsWith($"The grader is not at {empty.Path}/grader", json.RootElement.GetProperty("output").GetString(), StringComparison.Ordinal);
        Assert.Empty(json.RootElement.GetProperty("tests").EnumerateArray());
        Assert.Contains("error: The grader is not at", error, StringComparison.Ordinal);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void The_package_holds_the_scripts_executable_the_worker_the_rubric_with_hidden_cases_and_the_templates()
    {
        Assert.True(File.GetUnixFileMode(Path.Combine(package.Folder, "run_autograder")).HasFlag(UnixFileMode.UserExecute));
        Assert.True(File.GetUnixFileMode(Path.Combine(package.Folder, "setup.sh")).HasFlag(UnixFileMode.UserExecute));
        Assert.Contains("dotnet-install.sh", File.ReadAllText(Path.Combine(package.Folder, "setup.sh")), StringComparison.Ordinal);
        Assert.All(
            ["autograder.dll", "autograder.runtimeconfig.json", "Autograder.Worker.dll", "Autograder.Worker.runtimeconfig.json"],
            file => Assert.True(File.Exists(Path.Combine(package.Folder, "grader", file)), file));
        Assert.False(File.Exists(Path.Combine(package.Folder, "grader", "xunit.core.dll")), "only the grader's own files are packed");
        Assert.True(File.Exists(Path.Combine(package.Folder, "rubric", "cases", "hidden", "traces", "growing-buffers.rep")));
        Assert.Equal(
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, "grading.json")),
            File.ReadAllText(Path.Combine(package.Folder, "rubric", "grading.json")));
        Assert.Equal(5, Directory.GetFiles(Path.Combine(package.Folder, "reports"), "*.hbs").Length);
    }

    /// <summary>One package for the class, written by the built grader and unzipped into a temporary folder.</summary>
    public sealed class Unzipped : IDisposable
    {
        private readonly TempFolder _folder = new();

        public Unzipped()
        {
            var zip = Path.Combine(_folder.Path, "autograder.zip");
            var (exitCode, output, error) = CliProcess.Run(Limit, RepositoryPaths.Root, "package", "gradescope", "--out", zip);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"autograder package gradescope failed with {exitCode}:\n{output}{error}");
            }

            ZipFile.ExtractToDirectory(zip, Folder);
        }

        public string Folder => Path.Combine(_folder.Path, "source");

        public (int ExitCode, string Output, string Error) RunAutograder(string submission, string results, IReadOnlyDictionary<string, string>? overrides = null)
        {
            var environment = new Dictionary<string, string>
            {
                ["AUTOGRADER_HOME"] = Folder,
                ["SUBMISSION_DIR"] = submission,
                ["RESULTS_DIR"] = results,
            };
            foreach (var (name, value) in overrides ?? new Dictionary<string, string>())
            {
                environment[name] = value;
            }

            return ChildProcess.Run(Limit, _folder.Path, environment, Path.Combine(Folder, "run_autograder"));
        }

        public void Dispose() => _folder.Dispose();
    }
}
