namespace Autograder.Cases.Tests;

public sealed class CasePathsTests
{
    [Theory]
    [InlineData("cases/public/x.case", "../traces/a.rep", "cases/traces/a.rep")]
    [InlineData("cases/public/x.case", "./a.rep", "cases/public/a.rep")]
    [InlineData("cases/public/x.case", "a.rep", "cases/public/a.rep")]
    [InlineData("x.case", "../a.rep", "../a.rep")]
    [InlineData("x.case", "a.rep", "a.rep")]
    [InlineData("/srv/cases/x.case", "../../../a.rep", "/a.rep")]
    [InlineData("cases/x.case", "/srv/traces/a.rep", "/srv/traces/a.rep")]
    public void A_trace_path_is_resolved_against_the_case_files_folder_without_dot_segments(string caseFile, string written, string expected)
    {
        Assert.Equal(expected.Replace('/', Path.DirectorySeparatorChar), CasePaths.Resolve(caseFile, written));
    }
}
