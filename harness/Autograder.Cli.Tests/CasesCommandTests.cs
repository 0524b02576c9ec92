using System.Text.RegularExpressions;

namespace Autograder.Cli.Tests;

public sealed class CasesCommandTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(1);

    [Fact(Timeout = 60_000)]
    public async Task Cases_list_shows_every_case_of_the_rubric_hidden_ones_included_with_the_total()
    {
        var (exitCode, console, error) = await Task.Run(() => CliProcess.Run(Limit, RepositoryPaths.Root, "cases", "list"));

        Assert.Equal((ExitCodes.Success, string.Empty), (exitCode, error));
        Snapshot.Match("cases-list", console);
    }

    [Fact(Timeout = 60_000)]
    public async Task Cases_show_steps_through_a_public_case_with_the_reference_answer_and_the_zone_after_each_step()
    {
        var (exitCode, console, error) = await Task.Run(() => CliProcess.Run(Limit, RepositoryPaths.Root, "cases", "show", "violation-double-free"));

        Assert.Equal((ExitCodes.Success, string.Empty), (exitCode, error));
        Snapshot.Match("cases-show-violation-double-free", console);
    }

    [Fact(Timeout = 60_000)]
    public async Task Cases_show_refuses_a_hidden_case_by_name_in_one_line_and_shows_none_of_its_steps()
    {
        var (exitCode, console, error) = await Task.Run(() => CliProcess.Run(Limit, RepositoryPaths.Root, "cases", "show", "fill-until-full"));

        Assert.Equal(ExitCodes.UserError, exitCode);
        Assert.Equal(string.Empty, console);
        Assert.Equal(
            "error: 'fill-until-full' is hidden: students cannot see its steps. If you are the instructor, pass its file instead: cases/hidden/h04-fill-until-full.case\n",
            error);
    }

    [Fact(Timeout = 60_000)]
    public async Task Cases_show_of_a_hidden_case_file_shows_it_and_says_how_many_steps_were_left_out()
    {
        var (exitCode, console, error) = await Task.Run(() =>
            CliProcess.Run(Limit, RepositoryPaths.Root, "cases", "show", "cases/hidden/h04-fill-until-full.case", "--steps", "3"));

        Assert.Equal((ExitCodes.Success, string.Empty), (exitCode, error));
        Assert.Contains("2002 steps, 4 points (3 correct + 1 leak-free), hidden, shown because you passed its file", console, StringComparison.Ordinal);
        Assert.Contains("\nstep 3: b1 = zalloc z1 60\n  reference: returns the block at offset 0 (footprint 64: bytes 0 to 63)\n", console, StringComparison.Ordinal);
        Assert.DoesNotContain("\nstep 4:", console, StringComparison.Ordinal);
        Assert.EndsWith("1999 more steps not shown: this is the first 3 of 2002. Pass --steps 2002 to see them all.\n", console, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Cases_show_of_a_file_whose_expectation_disagrees_with_the_reference_ends_with_a_note_naming_the_line()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "mine.case"), "case mine\ndescription My own case.\n\nz = create_zone 64\nzone_size z -> 32\n");

        var (exitCode, console, error) = await Task.Run(() => CliProcess.Run(Limit, folder.Path, "cases", "show", "mine.case"));

        Assert.Equal((ExitCodes.Success, string.Empty), (exitCode, error));
        Assert.Contains("\nstep 2 (line 5): zone_size z -> 32\n  reference: returns 64\n", console, StringComparison.Ordinal);
        Assert.EndsWith(
            "note: mine.case:5: the case says '-> 32', but the reference gives '-> 64'; the reference is right by definition, so fix the expectation\n",
            console,
            StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Cases_show_of_a_misspelled_name_suggests_the_case_meant()
    {
        var (exitCode, _, error) = await Task.Run(() => CliProcess.Run(Limit, RepositoryPaths.Root, "cases", "show", "coalesce-both-side"));

        Assert.Equal(ExitCodes.UserError, exitCode);
        Assert.StartsWith("error: no case 'coalesce-both-side' in grading.json; did you mean 'coalesce-both-sides'?", error, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Cases_validate_passes_the_repository_rubric_and_its_cases()
    {
        var (exitCode, console, error) = await Task.Run(() => CliProcess.Run(Limit, RepositoryPaths.Root, "cases", "validate"));

        Assert.Equal((ExitCodes.Success, string.Empty), (exitCode, error));
        Assert.Equal("41 cases and the rubric are valid.\n", console);
    }

    [Fact(Timeout = 60_000)]
    public async Task Cases_validate_reports_every_problem_of_a_folder_each_naming_its_file_and_line()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "broken.case"), """
            case broken
            description Two mistakes of its own, and a use of the block the first one fails to bind.

            z = create_zone 64
            a = zmalloc z 8
            zfree z a
            b = zalloc z 0
            destroy_zone z
            """);
        File.WriteAllText(Path.Combine(folder.Path, "disagrees.case"), """
            case disagrees
            description The second block is placed right after the first, not at 16.

            z = create_zone 64
            a = zalloc z 8 -> offset 0
            b = zalloc z 8 -> offset 16
            destroy_zone z
            """);

        var (exitCode, console, error) = await Task.Run(() => CliProcess.Run(Limit, folder.Path, "cases", "validate", "--cases", "."));

        Assert.Equal((ExitCodes.UserError, string.Empty), (exitCode, error));
        Assert.Equal(
            """
            broken.case:5:5: unknown operation 'zmalloc'; did you mean 'zalloc'? the operations are create_zone, zalloc, zfree, block_size, zone_size, destroy_zone, zdump
            broken.case:7:14: size 0 breaks zalloc's contract (sizes are at least 1); add '-> violation' to test that, or use a size of at least 1
            disagrees.case:6: the case says '-> offset 16', but the reference gives '-> offset 8'; write what the reference gives, or remove the expectation

            3 problems in 2 case files in this folder. Fix each line above, then run 'autograder cases validate' again.

            """,
            console);
    }

    [Fact(Timeout = 60_000)]
    public async Task Cases_validate_reads_every_case_file_a_rubric_names_even_after_a_broken_one()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "cases"));
        File.WriteAllText(Path.Combine(folder.Path, "grading.json"), """{ "cases": [{ "file": "cases/*.case" }] }""");
        File.WriteAllText(Path.Combine(folder.Path, "cases", "a.case"), "case first\ndescription A zone of no size.\n\nz = create_zone 0\n");
        File.WriteAllText(Path.Combine(folder.Path, "cases", "b.case"), "case second\ndescription Sizes are numbers.\n\nz = create_zone many\n");

        var (exitCode, console, _) = await Task.Run(() => CliProcess.Run(Limit, folder.Path, "cases", "validate", "--rubric", "grading.json"));

        Assert.Equal(ExitCodes.UserError, exitCode);
        var lines = console.Split('\n');
        Assert.StartsWith("cases/a.case:4:17: size 0 breaks create_zone's contract", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("cases/b.case:4:17: expected a size", lines[1], StringComparison.Ordinal);
        Assert.Equal("2 problems in grading.json and its 2 case files. Fix each line above, then run 'autograder cases validate' again.", lines[3]);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("cases", "autograder cases show first-fit-takes-the-lowest-hole")]
    [InlineData("cases list", "autograder cases list")]
    [InlineData("cases validate", "autograder cases validate --cases my-cases/")]
    [InlineData("cases show", "autograder cases show first-fit-takes-the-lowest-hole")]
    [InlineData("minimize", "autograder minimize . first-fit-takes-the-lowest-hole")]
    public async Task Every_new_command_ends_its_help_with_examples(string command, string example)
    {
        var (exitCode, console, error) = await Task.Run(() => CliProcess.Run(Limit, RepositoryPaths.Root, [.. command.Split(' '), "--help"]));

        Assert.Equal((ExitCodes.Success, string.Empty), (exitCode, error));
        var examples = console[console.IndexOf("\nExamples:\n", StringComparison.Ordinal)..];
        Assert.Matches("\n  " + Regex.Escape(example) + "  +# ", examples);
    }
}
