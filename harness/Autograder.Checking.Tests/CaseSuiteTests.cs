using Autograder.Cases;

namespace Autograder.Checking.Tests;

public sealed class CaseSuiteTests
{
    public static TheoryData<string> CaseFiles() => new(Files());

    private static List<string> Files() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "cases"), "*.case", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file))
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void The_suite_has_at_least_25_public_and_10_hidden_cases()
    {
        var files = Files();

        Assert.True(files.Count(f => f.StartsWith("cases/public/", StringComparison.Ordinal)) >= 25);
        Assert.True(files.Count(f => f.StartsWith("cases/hidden/", StringComparison.Ordinal)) >= 10);
    }

    [Fact]
    public void Every_case_has_a_unique_name()
    {
        var names = Files().Select(file => CaseParser.Load(Path.Combine(RepositoryPaths.Root, file)).Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void Every_expectation_written_in_a_case_agrees_with_the_reference(string file)
    {
        var @case = CaseParser.Load(Path.Combine(RepositoryPaths.Root, file));

        var disagreements = Grading.Reference.Disagreements(@case);

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void The_reference_in_checked_mode_passes_every_case_without_leaking(string file)
    {
        var @case = CaseParser.Load(Path.Combine(RepositoryPaths.Root, file));

        var grade = Grading.GradeReference(@case);

        Assert.Null(grade.Verdict.Divergence);
        Assert.True(grade.Verdict.IsLeakFree);
    }
}
