using System.Text;
using System.Text.Json;
using Autograder.Checking;

namespace Autograder.Scoring;

/// <summary>
/// Reads grading.json (its schema is grading.schema.json beside it) and resolves its case entries into cases:
/// case files and globs relative to the rubric's folder, seeded generators and imported malloc-lab traces.
/// </summary>
public static partial class RubricLoader
{
    private static readonly string[] RootFields =
        ["$schema", "title", "alignment", "dump_check", "points", "time_limit", "minimum_score", "rules", "cases"];

    private static readonly string[] PointsFields = ["correctness", "leak_free"];

    private static readonly Dictionary<string, DumpCheckMode> DumpModes = new(StringComparer.Ordinal)
    {
        ["exact"] = DumpCheckMode.Exact,
        ["blocks-only"] = DumpCheckMode.BlocksOnly,
        ["ignore"] = DumpCheckMode.Ignore,
    };

    /// <summary>The largest alignment a rubric may ask for.</summary>
    public const int MaxAlignment = 4096;

    /// <summary>The most points one part of a case may be worth.</summary>
    public const decimal MaxCasePoints = 100;

    /// <summary>Reads the rubric at <paramref name="path"/>; messages name the file as <paramref name="path"/> is written.</summary>
    /// <exception cref="RubricException">The file is missing, is not valid JSON, or a field is wrong; the message names it.</exception>
    public static Rubric Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new RubricException(path, null, "the rubric does not exist; pass the path of a grading.json, such as the one at the repository's root");
        }

        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RubricException(path, null, $"cannot read the rubric ({e.Message}); pass the path of a grading.json");
        }

        return Parse(text, path);
    }

    /// <summary>
    /// Reads a rubric's JSON text. <paramref name="path"/> names the file in messages, and case, trace and glob
    /// paths are relative to its folder.
    /// </summary>
    /// <exception cref="RubricException">The text is not valid JSON, or a field is wrong; the message names it.</exception>
    public static Rubric Parse(string json, string path)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(path);
        using var document = ParseJson(json, path);
        var root = new RubricElement(path, string.Empty, document.RootElement)
            .Object("a rubric object", "{ \"cases\": [{ \"file\": \"cases/public/*.case\" }] }", RootFields);

        var alignment = root.Field("alignment") is { } align ? Alignment(align) : CheckOptions.Default.Alignment;
        var points = root.Field("points") is { } p ? Points(p, CasePoints.CourseDefault) : CasePoints.CourseDefault;
        var timeLimit = root.Field("time_limit") is { } t ? TimeLimitOf(t) : TimeLimit.Auto;
        var cases = root.Field("cases")
            ?? throw new RubricException(path, null, "the rubric has no \"cases\"; add a list such as \"cases\": [{ \"file\": \"cases/public/*.case\" }]");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Environment.CurrentDirectory;

        return new Rubric
        {
            Source = path,
            Title = root.Field("title") is { } title ? Title(title) : "Zone allocator",
            Alignment = alignment,
            DumpCheck = root.Field("dump_check")?.Choice(DumpModes) ?? DumpCheckMode.Exact,
            Points = points,
            TimeLimit = timeLimit,
            MinimumScore = root.Field("minimum_score")?.Number(0, 100, "a percentage") ?? 0,
            Rules = root.Field("rules") is { } rules ? Rules(rules) : RubricRules.None,
            Cases = Cases(cases, new EntryDefaults(path, folder, alignment, points, timeLimit)),
        };
    }

    private static JsonDocument ParseJson(string json, string path)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var column = Column(json, line, (int)(e.BytePositionInLine ?? 0));
            var reason = e.Message.Split(" LineNumber:", 2)[0].TrimEnd('.', ' ');
            throw new RubricException(path, line + 1, column + 1, $"not valid JSON: {reason}; fix the syntax there (a missing comma, quote or bracket is the usual cause)");
        }
    }

    // The reader counts bytes; a person counts characters.
    private static int Column(string json, int line, int bytes)
    {
        var lines = json.Split('\n');
        if (line >= lines.Length)
        {
            return bytes;
        }

        var utf8 = Encoding.UTF8.GetBytes(lines[line]);
        return Encoding.UTF8.GetCharCount(utf8, 0, Math.Min(bytes, utf8.Length));
    }

    private static string Title(RubricElement element)
    {
        var title = element.String("a title for report headings, as in \"Zone allocator\"");
        return string.IsNullOrWhiteSpace(title) || title.Length > 200 || title.Any(char.IsControl)
            ? throw element.Error($"expected a title of 1 to 200 characters on one line, found {element.Found}")
            : title;
    }

    private static int Alignment(RubricElement element)
    {
        var alignment = 0;
        var ok = element.Value.ValueKind == JsonValueKind.Number && element.Value.TryGetInt32(out alignment)
            && alignment is >= 1 and <= MaxAlignment && (alignment & (alignment - 1)) == 0;
        return ok ? alignment : throw element.Error($"expected a power of two from 1 to {MaxAlignment}, found {element.Found}");
    }

    private static CasePoints Points(RubricElement element, CasePoints defaults)
    {
        element.Object("points", "{ \"correctness\": 3, \"leak_free\": 1 }", PointsFields);
        return new CasePoints(
            element.Field("correctness")?.Number(0, MaxCasePoints) ?? defaults.Correctness,
            element.Field("leak_free")?.Number(0, MaxCasePoints) ?? defaults.LeakFree);
    }

    private static TimeLimit TimeLimitOf(RubricElement element)
    {
        if (element.Value.ValueKind == JsonValueKind.String && element.Value.GetString() == "auto")
        {
            return TimeLimit.Auto;
        }

        if (element.Value.ValueKind == JsonValueKind.Number && element.Value.TryGetDouble(out var seconds) && seconds is > 0 and <= TimeLimit.MaxSeconds)
        {
            return TimeLimit.FromSeconds(seconds);
        }

        throw element.Error($"expected a number of seconds above 0 and at most {TimeLimit.MaxSeconds}, or \"auto\" for a limit calibrated on the machine, found {element.Found}");
    }
}
