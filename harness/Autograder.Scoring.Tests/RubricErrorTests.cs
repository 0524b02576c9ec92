namespace Autograder.Scoring.Tests;

/// <summary>Every way a rubric can be wrong, with the exact message an instructor reads.</summary>
public sealed class RubricErrorTests : IDisposable
{
    private const string File = "{folder}/grading.json";
    private const string RootFields = "\"$schema\", \"title\", \"alignment\", \"dump_check\", \"points\", \"time_limit\", \"minimum_score\", \"rules\", \"cases\"";
    private const string EntryFields = "\"file\", \"generate\", \"trace\", \"name\", \"description\", \"points\", \"visibility\", \"time_limit\"";
    private const string Public = """{ "file": "cases/public/*.case" }""";
    private const string PatternForm = "write a full name such as 'System.IO.File.ReadAllText', a constructor as 'System.Threading.Thread..ctor', and '*' for any run of characters, as in 'System.Reflection.*'";

    private readonly RubricFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string> FieldErrors => new()
    {
        // the whole file
        { "[]", $"{File}: expected a rubric object, as in {{ \"cases\": [{{ \"file\": \"cases/public/*.case\" }}] }}, found an array" },
        { "{}", $"{File}: the rubric has no \"cases\"; add a list such as \"cases\": [{{ \"file\": \"cases/public/*.case\" }}]" },
        { """{ "alignmnet": 8, "cases": [] }""", $"{File}: alignmnet: unknown field; did you mean \"alignment\"? a rubric object takes {RootFields}" },
        { """{ "colour": "red", "cases": [] }""", $"{File}: colour: unknown field; a rubric object takes {RootFields}" },
        { """{ "cases": [], "cases": [] }""", $"{File}: cases: the field appears twice; keep one" },
        { """{ "title": "", "cases": [] }""", $"{File}: title: expected a title of 1 to 200 characters on one line, found \"\"" },

        // settings
        { $$"""{ "alignment": 12, "cases": [{{Public}}] }""", $"{File}: alignment: expected a power of two from 1 to 4096, found 12" },
        { $$"""{ "dump_check": "blocks_only", "cases": [{{Public}}] }""", $"{File}: dump_check: expected one of \"exact\", \"blocks-only\", \"ignore\", found \"blocks_only\"; did you mean \"blocks-only\"?" },
        { $$"""{ "points": { "correctness": -1 }, "cases": [{{Public}}] }""", $"{File}: points.correctness: expected a number from 0 to 100, found -1" },
        { $$"""{ "points": { "leakFree": 1 }, "cases": [{{Public}}] }""", $"{File}: points.leakFree: unknown field; did you mean \"leak_free\"? points takes \"correctness\", \"leak_free\"" },
        { $$"""{ "points": 4, "cases": [{{Public}}] }""", $"{File}: points: expected points, as in {{ \"correctness\": 3, \"leak_free\": 1 }}, found 4" },
        { $$"""{ "time_limit": "fast", "cases": [{{Public}}] }""", $"{File}: time_limit: expected a number of seconds above 0 and at most 3600, or \"auto\" for a limit calibrated on the machine, found \"fast\"" },
        { $$"""{ "time_limit": 0, "cases": [{{Public}}] }""", $"{File}: time_limit: expected a number of seconds above 0 and at most 3600, or \"auto\" for a limit calibrated on the machine, found 0" },
        { $$"""{ "minimum_score": 120, "cases": [{{Public}}] }""", $"{File}: minimum_score: expected a percentage from 0 to 100, found 120" },

        // the list of cases
        { """{ "cases": {} }""", $"{File}: cases: expected a list of case entries, as in [{{ \"file\": \"cases/public/*.case\" }}], found an object" },
        { """{ "cases": [] }""", $"{File}: cases: the list is empty; add an entry such as {{ \"file\": \"cases/public/*.case\" }}" },
        { """{ "cases": ["cases/public/*.case"] }""", $"{File}: cases[0]: expected a case entry, as in {{ \"file\": \"cases/public/*.case\", \"visibility\": \"visible\" }}, found \"cases/public/*.case\"" },
        { """{ "cases": [{ "visibility": "hidden" }] }""", $"{File}: cases[0]: a case entry needs \"file\", \"generate\" or \"trace\", as in {{ \"file\": \"cases/public/*.case\" }}" },
        { """{ "cases": [{ "file": "a.case", "trace": { "path": "t.rep" } }] }""", $"{File}: cases[0]: a case entry takes one of \"file\", \"generate\" and \"trace\", but this one has \"file\", \"trace\"; split it into one entry each" },
        { $$"""{ "cases": [{{Public}}, { "file": "cases/hidden/*.case", "visibilty": "hidden" }] }""", $"{File}: cases[1].visibilty: unknown field; did you mean \"visibility\"? a case entry takes {EntryFields}" },
        { """{ "cases": [{ "file": "cases/public/*.case", "name": "x" }] }""", $"{File}: cases[0].name: \"name\" belongs to \"generate\" and \"trace\" entries; a case file gives its case's name on its 'case' line" },
        { """{ "cases": [{ "file": 7 }] }""", $"{File}: cases[0].file: expected a case file's path or a glob, relative to the rubric's folder, as in \"cases/public/*.case\", found 7" },
        { """{ "cases": [{ "file": "cases/pub/*.case" }] }""", $"{File}: cases[0].file: \"cases/pub/*.case\" matches no files in {{folder}}; paths are relative to the rubric's folder" },
        { """{ "cases": [{ "file": "cases/public/03-third.case" }] }""", $"{File}: cases[0].file: \"cases/public/03-third.case\" does not exist in {{folder}}; paths are relative to the rubric's folder" },
        { $$"""{ "cases": [{{Public}}, { "file": "cases/public/01-first.case" }] }""", $"{File}: cases[1]: the case name 'first' ({Relative("cases/public/01-first.case")}) is already used by cases[0] ({Relative("cases/public/01-first.case")}); case names must be unique, since results and the gradebook are keyed by them" },
        { """{ "cases": [{ "file": "cases/public/*.case", "visibility": "secret" }] }""", $"{File}: cases[0].visibility: expected one of \"visible\", \"hidden\", \"after_due_date\", \"after_published\", found \"secret\"" },
        { """{ "cases": [{ "file": "cases/public/*.case", "visibility": "hiden" }] }""", $"{File}: cases[0].visibility: expected one of \"visible\", \"hidden\", \"after_due_date\", \"after_published\", found \"hiden\"; did you mean \"hidden\"?" },
        { """{ "cases": [{ "file": "cases/public/01-first.case" }, { "file": "cases/public/02-second.case" }, { "name": "mix", "generate": { "seed": 1 } }, { "file": "cases/hidden/h1.case", "points": { "leak_free": "x" } }] }""", $"{File}: cases[3].points.leak_free: expected a number from 0 to 100, found \"x\"" },
        { """{ "cases": [{ "file": "cases/public/*.case", "time_limit": 7200 }] }""", $"{File}: cases[0].time_limit: expected a number of seconds above 0 and at most 3600, or \"auto\" for a limit calibrated on the machine, found 7200" },

        // generated cases
        { """{ "cases": [{ "generate": { "seed": 1 } }] }""", $"{File}: cases[0]: a \"generate\" entry needs a \"name\" for its case, as in \"name\": \"random-large-zone\"" },
        { """{ "cases": [{ "name": "Random Mix", "generate": { "seed": 1 } }] }""", $"{File}: cases[0].name: \"Random Mix\" is not a case name; use lower-case letters, digits and '-', starting with a letter or digit, as in \"random-large-zone\"" },
        { """{ "cases": [{ "name": "mix", "description": "Uses # signs", "generate": { "seed": 1 } }] }""", $"{File}: cases[0].description: the description contains '#', which starts a comment in a case file; reword it without '#'" },
        { """{ "cases": [{ "name": "mix", "generate": { "operations": 10 } }] }""", $"{File}: cases[0].generate: missing \"seed\"; the same seed always makes the same steps, as in {{ \"seed\": 42 }}" },
        { """{ "cases": [{ "name": "mix", "generate": { "seed": -1 } }] }""", $"{File}: cases[0].generate.seed: expected a seed from 0 to 18446744073709551615, found -1" },
        { """{ "cases": [{ "name": "mix", "generate": { "sead": 1 } }] }""", $"{File}: cases[0].generate.sead: unknown field; did you mean \"seed\"? generator settings takes \"seed\", \"operations\", \"zones\", \"min_size\", \"max_size\", \"free_ratio\", \"zone_size\", \"alignment\"" },
        { """{ "cases": [{ "name": "mix", "generate": { "seed": 1, "operations": 0 } }] }""", $"{File}: cases[0].generate.operations: expected a count from 1 to 1000000, found 0" },
        { """{ "cases": [{ "name": "mix", "generate": { "seed": 1, "min_size": 64, "max_size": 8 } }] }""", $"{File}: cases[0].generate.max_size: expected a size of at least min_size (64), found 8" },
        { """{ "cases": [{ "name": "mix", "generate": { "seed": 1, "min_size": 200 } }] }""", $"{File}: cases[0].generate.min_size: expected a size of at most max_size (128, its default), found 200; set \"max_size\" too" },
        { """{ "cases": [{ "name": "mix", "generate": { "seed": 1, "free_ratio": 1.5 } }] }""", $"{File}: cases[0].generate.free_ratio: expected a ratio from 0 to 1, found 1.5" },
        { """{ "cases": [{ "name": "mix", "generate": { "seed": 1, "alignment": 3 } }] }""", $"{File}: cases[0].generate.alignment: expected a power of two from 1 to 4096, found 3" },

        // imported traces
        { """{ "cases": [{ "name": "t", "trace": { "zone_size": 64 } }] }""", $"{File}: cases[0].trace: missing \"path\"; name the malloc-lab trace, as in {{ \"path\": \"cases/public/traces/small-program.rep\" }}" },
        { """{ "cases": [{ "name": "t", "trace": { "path": "cases/traces/none.rep" } }] }""", $"{File}: cases[0].trace.path: \"cases/traces/none.rep\" does not exist in {{folder}}; paths are relative to the rubric's folder" },
        { """{ "cases": [{ "name": "t", "trace": { "path": "cases/traces/tiny.rep", "zone_size": 0 } }] }""", $"{File}: cases[0].trace.zone_size: expected a zone size in bytes from 1 to 18446744073709551615, found 0" },

        // rules
        { $$"""{ "rules": { "malloc_call_sites": { "max": 3 } }, "cases": [{{Public}}] }""", $"{File}: rules.malloc_call_sites: missing \"penalty\": the points a finding costs, as in {{ \"max\": 3, \"penalty\": 8 }}" },
        { $$"""{ "rules": { "malloc_call_sites": { "penalty": 8, "per": "each" } }, "cases": [{{Public}}] }""", $"{File}: rules.malloc_call_sites.per: expected one of \"finding\", \"rule\", found \"each\"" },
        { $$"""{ "rules": { "banned_api": {} }, "cases": [{{Public}}] }""", $"{File}: rules.banned_api: unknown field; did you mean \"banned_apis\"? rules takes \"malloc_call_sites\", \"banned_apis\", \"p_invoke\"" },
        { $$"""{ "rules": { "banned_apis": { "penalty": 5 } }, "cases": [{{Public}}] }""", $"{File}: rules.banned_apis: missing \"patterns\": the APIs to ban, as in {{ \"patterns\": [\"System.IO.File.*\"], \"penalty\": 10 }}" },
        { $$"""{ "rules": { "banned_apis": { "patterns": ["System.IO.*", "Exit"], "penalty": 5 } }, "cases": [{{Public}}] }""", $"{File}: rules.banned_apis.patterns[1]: \"Exit\" is not an API pattern: {PatternForm}" },
        { $$"""{ "rules": { "banned_apis": { "patterns": [{ "pattern": "System..File", "reason": "read files" }], "penalty": 5 } }, "cases": [{{Public}}] }""", $"{File}: rules.banned_apis.patterns[0].pattern: \"System..File\" is not an API pattern: {PatternForm}" },
        { $$"""{ "rules": { "banned_apis": { "patterns": [{ "pattern": "System.IO.*", "reasn": "read files" }], "penalty": 5 } }, "cases": [{{Public}}] }""", $"{File}: rules.banned_apis.patterns[0].reasn: unknown field; did you mean \"reason\"? a banned API takes \"pattern\", \"reason\"" },
        { $$"""{ "rules": { "banned_apis": { "patterns": [{ "reason": "read files" }], "penalty": 5 } }, "cases": [{{Public}}] }""", $"{File}: rules.banned_apis.patterns[0]: missing \"pattern\", as in {{ \"pattern\": \"System.IO.File.*\", \"reason\": \"read or write files\" }}" },
        { $$"""{ "rules": { "banned_apis": { "patterns": [7], "penalty": 5 } }, "cases": [{{Public}}] }""", $"{File}: rules.banned_apis.patterns[0]: expected an API pattern, as in \"System.IO.File.*\" or \"System.Threading.Thread..ctor\", or {{ \"pattern\": ..., \"reason\": ... }}, found 7" },
        { $$"""{ "rules": { "banned_apis": { "patterns": ["System.IO.*"], "allowed": ["System IO"], "penalty": 5 } }, "cases": [{{Public}}] }""", $"{File}: rules.banned_apis.allowed[0]: \"System IO\" is not an API pattern: {PatternForm}" },
        { $$"""{ "rules": { "p_invoke": { "per": "finding" } }, "cases": [{{Public}}] }""", $"{File}: rules.p_invoke: missing \"penalty\": the points a finding costs, as in {{ \"penalty\": 10 }}" },
        { $$"""{ "rules": { "banned_apis": { "patterns": ["System.Net.*"], "penalty": 5, "max_penalty": "all" } }, "cases": [{{Public}}] }""", $"{File}: rules.banned_apis.max_penalty: expected points from 0 to 1000, found \"all\"" },
    };

    [Theory]
    [MemberData(nameof(FieldErrors))]
    public void A_wrong_field_is_named_by_its_json_path_with_what_it_holds_and_what_is_allowed(string json, string message)
    {
        Assert.Equal(message, _folder.ErrorOf(json));
    }

    [Fact]
    public void A_json_syntax_error_gives_the_line_and_column()
    {
        var error = Assert.Throws<RubricException>(() => _folder.Load("{\n  \"cases\": [\n    { \"file\": \"cases/public/*.case\" }\n    { \"file\": \"cases/hidden/*.case\" }\n  ]\n}\n"));

        Assert.Equal((4, 5), (error.Line, error.Column));
        Assert.Equal(
            $"{_folder.RubricPath}:4:5: not valid JSON: '{{' is invalid after a value. Expected either ',', '}}', or ']'; fix the syntax there (a missing comma, quote or bracket is the usual cause)",
            error.Message);
    }

    [Fact]
    public void A_syntax_error_after_wide_characters_counts_columns_in_characters()
    {
        var error = Assert.Throws<RubricException>(() => _folder.Load("{ \"title\": \"Zonen-Allokator äöü\" \"cases\": [] }"));

        Assert.Equal((1, 34), (error.Line, error.Column));
    }

    [Fact]
    public void A_case_file_that_does_not_parse_is_named_with_its_line_and_the_entry_that_lists_it()
    {
        _folder.Write("cases/public/03-broken.case", "case broken\ndescription A broken case.\n\nzmalloc z 8\n");

        var message = _folder.ErrorOf("""{ "cases": [{ "file": "cases/public/*.case" }] }""");

        Assert.StartsWith($"{File}: cases[0].file: {Relative("cases/public/03-broken.case")}:4:1: unknown operation 'zmalloc'; did you mean 'zalloc'?", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rubric_file_that_does_not_exist_says_so()
    {
        var path = Path.Combine(_folder.Path, "missing.json");

        var error = Assert.Throws<RubricException>(() => RubricLoader.Load(path));

        Assert.Equal($"{path}: the rubric does not exist; pass the path of a grading.json, such as the one at the repository's root", error.Message);
    }

    [Fact]
    public void The_error_carries_the_file_the_json_path_and_the_problem_apart()
    {
        var error = Assert.Throws<RubricException>(() => _folder.Load("""{ "minimum_score": "high", "cases": [] }"""));

        Assert.Equal((_folder.RubricPath, "minimum_score", "expected a percentage from 0 to 100, found \"high\""), (error.File, error.JsonPath, error.Problem));
        Assert.Null(error.Line);
    }

    // Case files are named as the grader was started: relative to the current folder, which ErrorOf writes as {folder} too.
    private static string Relative(string path) => "{folder}/" + path;
}
