using Autograder.Cases;
using Autograder.Checking;

namespace Autograder.Scoring.Tests;

public sealed class RubricLoaderTests : IDisposable
{
    private readonly RubricFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_glob_takes_every_matching_case_file_in_path_order_relative_to_the_rubric()
    {
        var rubric = _folder.Load("""{ "cases": [{ "file": "cases/*/*.case" }] }""");

        Assert.Equal(["hidden-one", "first", "second"], rubric.Cases.Select(entry => entry.Name));
    }

    [Fact]
    public void A_double_star_glob_reaches_into_every_folder_below()
    {
        _folder.Write("cases/public/more/03-third.case", "case third\ndescription A case one folder down.\n\nz = create_zone 8\ndestroy_zone z\n");

        var rubric = _folder.Load("""{ "cases": [{ "file": "cases/public/**/*.case" }] }""");

        Assert.Equal(["first", "second", "third"], rubric.Cases.Select(entry => entry.Name));
    }

    [Fact]
    public void A_rubric_that_says_only_which_cases_takes_the_course_defaults()
    {
        var rubric = _folder.Load("""{ "cases": [{ "file": "cases/public/01-first.case" }] }""");

        var entry = Assert.Single(rubric.Cases);
        Assert.Equal(new RubricCase(entry.Case, new CasePoints(3, 1), Visibility.Visible, TimeLimit.Auto), entry);
        Assert.Equal((8, DumpCheckMode.Exact, 0m, "Zone allocator"), (rubric.Alignment, rubric.DumpCheck, rubric.MinimumScore, rubric.Title));
        Assert.Empty(rubric.Rules.All);
        Assert.Equal(_folder.RubricPath, rubric.Source);
    }

    [Fact]
    public void An_entry_overrides_the_rubric_s_points_part_by_part_and_its_time_limit()
    {
        var rubric = _folder.Load("""
            {
              "points": { "correctness": 5, "leak_free": 2 },
              "time_limit": 10,
              "cases": [
                { "file": "cases/public/01-first.case" },
                { "file": "cases/public/02-second.case", "points": { "leak_free": 0.5 }, "time_limit": "auto", "visibility": "after_due_date" },
                { "file": "cases/hidden/h1.case", "time_limit": 2.5, "visibility": "after_published" }
              ]
            }
            """);

        Assert.Equal(
            [(new CasePoints(5, 2), "10 s", Visibility.Visible), (new CasePoints(5, 0.5m), "auto", Visibility.AfterDueDate), (new CasePoints(5, 2), "2.5 s", Visibility.AfterPublished)],
            rubric.Cases.Select(entry => (entry.Points, entry.TimeLimit.ToString(), entry.Visibility)));
        Assert.Equal(TimeSpan.FromSeconds(2.5), rubric.Cases[2].TimeLimit.Duration);
        Assert.Equal(19.5m, rubric.MaxScore);
    }

    [Fact]
    public void A_generate_entry_makes_the_case_the_generator_makes_with_the_rubric_s_alignment()
    {
        var rubric = _folder.Load("""
            {
              "alignment": 16,
              "cases": [{ "name": "random-mix", "generate": { "seed": 7, "operations": 40, "zones": 2, "min_size": 4, "max_size": 40, "free_ratio": 0.25, "zone_size": 512 } }]
            }
            """);

        var expected = CaseGenerator.Generate(
            "random-mix",
            "A seeded random mix of allocations and frees (seed 7).",
            new GeneratorSettings { Seed = 7, Operations = 40, Zones = 2, MinSize = 4, MaxSize = 40, FreeRatio = 0.25, ZoneSize = 512, Alignment = 16 });
        var entry = Assert.Single(rubric.Cases);
        Assert.Equal(expected.Steps, entry.Case.Steps);
        Assert.Equal(expected.Description, entry.Case.Description);
        Assert.Equal($"{_folder.RubricPath} cases[0] step 3", entry.Case.Locate(2));
    }

    [Fact]
    public void A_trace_entry_imports_the_trace_into_a_zone_of_the_size_given()
    {
        var rubric = _folder.Load("""
            { "cases": [{ "name": "tiny-trace", "description": "Two blocks from a trace.", "trace": { "path": "cases/traces/tiny.rep", "zone_size": 100 } }] }
            """);

        var entry = Assert.Single(rubric.Cases);
        Assert.Equal("Two blocks from a trace.", entry.Case.Description);
        Assert.Equal(100UL, entry.Case.Steps[0].Size);
        Assert.Equal(6, entry.Case.Steps.Count);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed_so_that_an_instructor_can_annotate_the_rubric()
    {
        var rubric = _folder.Load("""
            {
              // the public cases only, for the self-check
              "cases": [{ "file": "cases/public/*.case", },],
            }
            """);

        Assert.Equal(2, rubric.Cases.Count);
    }

    [Fact]
    public void A_rubric_made_in_code_for_a_folder_of_cases_has_the_course_defaults_and_shows_every_case()
    {
        var cases = new[] { CaseParser.Load(Path.Combine(_folder.Path, "cases/public/01-first.case")) };

        var rubric = Rubric.ForCases(cases);

        Assert.Equal(new RubricCase(cases[0], CasePoints.CourseDefault, Visibility.Visible, TimeLimit.Auto), Assert.Single(rubric.Cases));
        Assert.Equal(4, rubric.MaxScore);
    }
}
