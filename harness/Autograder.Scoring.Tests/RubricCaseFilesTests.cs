namespace Autograder.Scoring.Tests;

public sealed class RubricCaseFilesTests : IDisposable
{
    private readonly RubricFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_case_files_of_every_file_entry_are_listed_in_rubric_order_even_when_one_is_broken()
    {
        _folder.Write("cases/public/02-second.case", "case second\nzmalloc\n");
        File.WriteAllText(_folder.RubricPath, """
            {
              "cases": [
                { "file": "cases/public/*.case" },
                { "generate": "seed=1", "name": "generated" },
                { "file": "cases/hidden/h1.case", "visibility": "hidden" }
              ]
            }
            """);

        var files = RubricLoader.CaseFiles(_folder.RubricPath);

        Assert.Equal(
            ["cases/public/01-first.case", "cases/public/02-second.case", "cases/hidden/h1.case"],
            files.Select(file => Path.GetRelativePath(_folder.Path, file).Replace('\\', '/')));
    }

    [Fact]
    public void A_rubric_that_is_not_json_names_no_case_files()
    {
        File.WriteAllText(_folder.RubricPath, """{ "cases": [{ "file": "cases/public/*.case" }""");

        Assert.Empty(RubricLoader.CaseFiles(_folder.RubricPath));
    }
}
