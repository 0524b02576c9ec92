using System.Text.Json;
using Autograder.Checking;
using Autograder.Compilation.Rules;

namespace Autograder.Scoring.Tests;

public sealed class DefaultRubricTests
{
    private static readonly Rubric Default = RubricLoader.Load(Path.Combine(RepositoryPaths.Root, "grading.json"));

    [Fact]
    public void The_default_rubric_lists_the_public_cases_visible_then_the_hidden_cases_hidden()
    {
        var publicCount = Directory.GetFiles(Path.Combine(RepositoryPaths.Cases, "public"), "*.case").Length;
        var hiddenCount = Directory.GetFiles(Path.Combine(RepositoryPaths.Cases, "hidden"), "*.case").Length;

        Assert.Equal(publicCount + hiddenCount, Default.Cases.Count);
        Assert.All(Default.Cases.Take(publicCount), entry => Assert.Equal(Visibility.Visible, entry.Visibility));
        Assert.All(Default.Cases.Skip(publicCount), entry => Assert.Equal(Visibility.Hidden, entry.Visibility));
        Assert.Equal("create-and-destroy", Default.Cases[0].Name);
        Assert.EndsWith(Path.Combine("cases", "public", "01-create-and-destroy.case"), Default.Cases[0].Case.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_rubric_gives_four_points_a_case_three_for_correctness_and_one_for_no_leaks()
    {
        Assert.All(Default.Cases, entry => Assert.Equal(new CasePoints(3, 1), entry.Points));
        Assert.Equal(4 * Default.Cases.Count, Default.MaxScore);
    }

    [Fact]
    public void The_default_rubric_checks_with_alignment_eight_exact_dumps_and_calibrated_time_limits()
    {
        Assert.Equal(new CheckOptions { Alignment = 8, DumpMode = DumpCheckMode.Exact }, Default.CheckOptions);
        Assert.All(Default.Cases, entry => Assert.True(entry.TimeLimit.IsAuto));
        Assert.Equal(60, Default.MinimumScore);
        Assert.Equal("Zone allocator", Default.Title);
    }

    [Fact]
    public void The_default_rubric_penalizes_a_fourth_malloc_call_site_once_and_each_banned_api_or_native_function_up_to_a_cap()
    {
        Assert.Equal(3, Default.Rules.MallocCallSites!.MaxCallSites);
        Assert.Equal(8, Default.Rules.MallocCallSites.PenaltyFor(5));
        Assert.Equal((10m, 40m), (Default.Rules.BannedApis!.PenaltyFor(1), Default.Rules.BannedApis.PenaltyFor(9)));
        Assert.Equal((10m, 40m), (Default.Rules.PInvoke!.PenaltyFor(1), Default.Rules.PInvoke.PenaltyFor(9)));
    }

    [Fact]
    public void The_default_rubric_bans_what_the_il_scanner_bans_by_default_with_the_same_reasons_and_exceptions()
    {
        var banned = Default.Rules.BannedApis!;

        Assert.Equal(
            IlRuleSettings.DefaultBannedApis.Select(api => (api.Pattern, (string?)api.Reason)),
            banned.Patterns.Select(pattern => (pattern.Text, pattern.Reason)));
        Assert.Equal(IlRuleSettings.DefaultAllowedApis, banned.Allowed.Select(pattern => pattern.Text));
    }

    [Theory]
    [InlineData("System.Reflection.MethodBase.Invoke")]
    [InlineData("System.IO.File.ReadAllText")]
    [InlineData("System.Diagnostics.Process.Start")]
    [InlineData("System.Environment.Exit")]
    [InlineData("System.Runtime.InteropServices.NativeMemory.Alloc")]
    [InlineData("System.Runtime.InteropServices.Marshal.AllocHGlobal")]
    [InlineData("System.Threading.Thread..ctor")]
    [InlineData("System.Net.Sockets.Socket..ctor")]
    [InlineData("System.Runtime.InteropServices.GCHandle.Alloc")]
    public void The_default_rubric_bans_every_api_the_course_names(string api)
    {
        var banned = Default.Rules.BannedApis!.Patterns.Select(pattern => new BannedApi(pattern.Text, pattern.Reason!));

        Assert.Contains(banned, ban => ban.Covers(api));
    }

    [Fact]
    public void The_schema_names_exactly_the_fields_the_loader_accepts()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "grading.schema.json")));
        var root = schema.RootElement;
        var definitions = root.GetProperty("$defs");
        var entries = definitions.GetProperty("caseEntry").GetProperty("oneOf").EnumerateArray().ToList();
        var rules = root.GetProperty("properties").GetProperty("rules").GetProperty("properties");

        Assert.Equal(Fields(root), Sorted(["$schema", "title", "alignment", "dump_check", "points", "time_limit", "minimum_score", "rules", "cases"]));
        Assert.Equal(Fields(definitions.GetProperty("points")), Sorted(["correctness", "leak_free"]));
        Assert.Equal(Fields(entries[0]), Sorted(["file", "points", "visibility", "time_limit"]));
        Assert.Equal(Fields(entries[1]), Sorted(["generate", "name", "description", "points", "visibility", "time_limit"]));
        Assert.Equal(Fields(entries[1].GetProperty("properties").GetProperty("generate")), Sorted(["seed", "operations", "zones", "min_size", "max_size", "free_ratio", "zone_size", "alignment"]));
        Assert.Equal(Fields(entries[2]), Sorted(["trace", "name", "description", "points", "visibility", "time_limit"]));
        Assert.Equal(Fields(entries[2].GetProperty("properties").GetProperty("trace")), Sorted(["path", "zone_size"]));
        Assert.Equal(Fields(rules.GetProperty("malloc_call_sites")), Sorted(["max", "penalty", "per", "max_penalty"]));
        Assert.Equal(Fields(rules.GetProperty("banned_apis")), Sorted(["patterns", "allowed", "penalty", "per", "max_penalty"]));
        Assert.Equal(Fields(rules.GetProperty("p_invoke")), Sorted(["penalty", "per", "max_penalty"]));
        Assert.Equal(Fields(rules.GetProperty("banned_apis").GetProperty("properties").GetProperty("patterns").GetProperty("items").GetProperty("oneOf")[1]), Sorted(["pattern", "reason"]));
        Assert.Equal(Fields(root.GetProperty("properties").GetProperty("rules")), Sorted(["malloc_call_sites", "banned_apis", "p_invoke"]));
        Assert.Equal(
            definitions.GetProperty("visibility").GetProperty("enum").EnumerateArray().Select(value => value.GetString()!),
            VisibilityNames.All.Keys);
    }

    [Fact]
    public void The_default_rubric_names_its_schema_so_that_editors_check_it()
    {
        using var rubric = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "grading.json")));

        Assert.Equal("./grading.schema.json", rubric.RootElement.GetProperty("$schema").GetString());
    }

    private static List<string> Fields(JsonElement schemaObject) =>
        Sorted(schemaObject.GetProperty("properties").EnumerateObject().Select(property => property.Name));

    private static List<string> Sorted(IEnumerable<string> names) => names.Order(StringComparer.Ordinal).ToList();
}
