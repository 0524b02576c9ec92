namespace Autograder.Cli.Tests;

public sealed class CaseFileProblemsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_valid_file_gives_its_case_and_no_problem()
    {
        var (parsed, problems) = CaseFileProblems.Read(Write("case fine\ndescription Fine.\n\nz = create_zone 8\ndestroy_zone z\n"));

        Assert.Empty(problems);
        Assert.Equal("fine", parsed?.Name);
    }

    [Fact]
    public void Independent_problems_on_several_lines_are_all_reported_and_the_case_is_not_given()
    {
        var path = Write("case several\ndescription Three mistakes.\n\nz = create_zone 64\nzallok z 8\nzone_size z -> null\na = zalloc z 0\n");

        var (parsed, problems) = CaseFileProblems.Read(path);

        Assert.Null(parsed);
        Assert.Equal([$"{path}:5:1: ", $"{path}:6:16: ", $"{path}:7:14: "], problems.Select(problem => problem[..(problem.IndexOf(": ", StringComparison.Ordinal) + 2)]));
    }

    [Fact]
    public void A_name_a_broken_line_would_have_bound_is_not_blamed_again_where_it_is_used()
    {
        var path = Write("case unbound\ndescription The zone is never created.\n\nz = create_zon 64\na = zalloc z 8\nzfree z a\n");

        var (_, problems) = CaseFileProblems.Read(path);

        var problem = Assert.Single(problems);
        Assert.StartsWith($"{path}:4:5: unknown operation 'create_zon'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_header_is_replaced_so_that_the_steps_after_it_are_still_checked()
    {
        var path = Write("case Bad\ndescription\n\nz = create_zone 64\nb = zalloc z many\n");

        var (_, problems) = CaseFileProblems.Read(path);

        Assert.Equal([$"{path}:1:6: ", $"{path}:2:12: ", $"{path}:5:14: "], problems.Select(problem => problem[..(problem.IndexOf(": ", StringComparison.Ordinal) + 2)]));
    }

    [Fact]
    public void A_missing_description_is_reported_once_not_at_every_step()
    {
        var path = Write("case undescribed\n\nz = create_zone 64\na = zalloc z 8\ndestroy_zone z\n");

        var (_, problems) = CaseFileProblems.Read(path);

        var problem = Assert.Single(problems);
        Assert.StartsWith($"{path}:3:1: expected a 'description' line before the first step", problem, StringComparison.Ordinal);
    }

    private string Write(string text)
    {
        var path = Path.Combine(_folder.Path, "case-" + Guid.NewGuid().ToString("N")[..8] + ".case");
        File.WriteAllText(path, text);
        return path;
    }
}
