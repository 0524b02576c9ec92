using Autograder.Checking;
using Autograder.Compilation;
using Autograder.Isolation;
using Autograder.Scoring;

namespace Autograder.Cli.Tests;

/// <summary>The whole suite against every sample: each bug is caught, correct code is not blamed.</summary>
public sealed class SampleVerdictTests : IClassFixture<SampleVerdictTests.SuiteResults>
{
    private readonly SuiteResults _results;

    public SampleVerdictTests(SuiteResults results) => _results = results;

    public static TheoryData<string> BuggySamples => new(
        Directory.EnumerateDirectories(RepositoryPaths.Samples).Select(Path.GetFileName).OfType<string>().Where(name => name != "LinkedList").Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(BuggySamples))]
    public void Every_buggy_sample_fails_at_least_one_case(string sample)
    {
        var result = _results.Grade(Path.Combine(RepositoryPaths.Samples, sample));

        Assert.Null(result.Problem);
        Assert.Contains(result.Grades, grade => !grade.Verdict.IsCorrect || !grade.Verdict.IsLeakFree);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void The_linked_list_sample_passes_every_case_without_leaking()
    {
        var result = _results.Grade(Path.Combine(RepositoryPaths.Samples, "LinkedList"));

        Assert.Null(result.Problem);
        Assert.All(result.Grades, grade => Assert.True(grade.Verdict.IsCorrect && grade.Verdict.IsLeakFree, FailureText.Render(grade.Case, grade.Verdict)));
    }

    [Fact]
    public void The_reference_graded_as_a_submission_passes_every_case_without_leaking()
    {
        var result = _results.Grade(Path.Combine(RepositoryPaths.Root, "allocator", "Zones.Reference"));

        Assert.Null(result.Problem);
        Assert.All(result.Grades, grade => Assert.True(grade.Verdict.IsCorrect && grade.Verdict.IsLeakFree, FailureText.Render(grade.Case, grade.Verdict)));
    }

    /// <summary>One compiler cache and one set of reference answers for the whole class.</summary>
    public sealed class SuiteResults : IDisposable
    {
        private readonly TempFolder _cache = new();
        private readonly SubmissionGrader _grader;

        public SuiteResults() =>
            _grader = new SubmissionGrader(
                new SubmissionCompiler(_cache.Path),
                RubricLoader.Load(Path.Combine(RepositoryPaths.Root, "grading.json")) with { TimeLimit = Scoring.TimeLimit.FromSeconds(30) },
                new ReferenceAnswers(),
                WorkerOptions.Default,
                calibration: null);

        internal SubmissionResult Grade(string path) => _grader.Grade(path);

        public void Dispose() => _cache.Dispose();
    }
}
