using static Autograder.Compilation.Tests.Outcomes;

namespace Autograder.Compilation.Tests;

/// <summary>Every sample submission under <c>allocator/samples/</c> compiles, whatever samples there are.</summary>
public sealed class Every_sample_compiles
{
    public static TheoryData<string> Samples()
    {
        var samples = new TheoryData<string>();
        if (Directory.Exists(RepositoryPaths.Samples))
        {
            foreach (var folder in Directory.GetDirectories(RepositoryPaths.Samples).Order(StringComparer.Ordinal))
            {
                samples.Add(Path.GetFileName(folder));
            }
        }

        return samples;
    }

    [Fact]
    public void There_is_at_least_one_sample()
    {
        Assert.True(Samples().Count > 0, $"no sample submissions found in {RepositoryPaths.Samples}");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_sample_compiles_with_no_errors(string sample)
    {
        var outcome = new SubmissionCompiler().Compile(Path.Combine(RepositoryPaths.Samples, sample));

        AssertCompiled(outcome);
    }
}
