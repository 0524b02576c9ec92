using Autograder.Cases;

namespace Autograder.Scoring;

public static partial class RubricLoader
{
    private const string FileExample = "{ \"file\": \"cases/public/*.case\" }";

    private static readonly string[] EntryFields = ["file", "generate", "trace", "name", "description", "points", "visibility", "time_limit"];
    private static readonly string[] EntryKinds = ["file", "generate", "trace"];

    private static IReadOnlyList<RubricCase> Cases(RubricElement element, EntryDefaults defaults)
    {
        var entries = element.Items("a list of case entries", $"[{FileExample}]");
        if (entries.Count == 0)
        {
            throw element.Error($"the list is empty; add an entry such as {FileExample}");
        }

        var resolved = new List<RubricCase>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            entry.Object("a case entry", "{ \"file\": \"cases/public/*.case\", \"visibility\": \"visible\" }", EntryFields);
            var kinds = EntryKinds.Where(entry.Has).ToList();
            if (kinds.Count != 1)
            {
                throw entry.Error(kinds.Count == 0
                    ? $"a case entry needs \"file\", \"generate\" or \"trace\", as in {FileExample}"
                    : $"a case entry takes one of \"file\", \"generate\" and \"trace\", but this one has {RubricElement.Join(kinds)}; split it into one entry each");
            }

            var points = entry.Field("points") is { } p ? Points(p, defaults.Points) : defaults.Points;
            var visibility = entry.Field("visibility")?.Choice(VisibilityNames.All) ?? Visibility.Visible;
            var timeLimit = entry.Field("time_limit") is { } t ? TimeLimitOf(t) : defaults.TimeLimit;
            IReadOnlyList<CaseDefinition> cases = kinds[0] switch
            {
                "file" => FileCases(entry, defaults),
                "generate" => [GeneratedCase(entry, defaults)],
                _ => [ImportedCase(entry, defaults)],
            };

            foreach (var @case in cases)
            {
                if (owners.TryGetValue(@case.Name, out var owner))
                {
                    throw entry.Error($"the case name '{@case.Name}' ({@case.Source}) is already used by {owner}; case names must be unique, since results and the gradebook are keyed by them");
                }

                owners[@case.Name] = $"{entry.Path} ({@case.Source})";
                resolved.Add(new RubricCase(@case, points, visibility, timeLimit));
            }
        }

        return resolved;
    }

    private static List<CaseDefinition> FileCases(RubricElement entry, EntryDefaults defaults)
    {
        foreach (var field in new[] { "name", "description" })
        {
            if (entry.Field(field) is { } misplaced)
            {
                throw misplaced.Error($"\"{field}\" belongs to \"generate\" and \"trace\" entries; a case file gives its case's {field} on its '{(field == "name" ? "case" : field)}' line");
            }
        }

        var element = entry.Field("file")!;
        var pattern = element.String("a case file's path or a glob, relative to the rubric's folder, as in \"cases/public/*.case\"");
        var matches = pattern.Length == 0 ? [] : CaseFileGlob.Match(defaults.Folder, pattern);
        if (matches.Count == 0)
        {
            throw element.Error(CaseFileGlob.IsGlob(pattern)
                ? $"\"{pattern}\" matches no files in {defaults.Folder}; paths are relative to the rubric's folder"
                : $"\"{pattern}\" does not exist in {defaults.Folder}; paths are relative to the rubric's folder");
        }

        return matches.Select(path => LoadCase(element, path)).ToList();
    }

    private static CaseDefinition LoadCase(RubricElement element, string fullPath)
    {
        var shown = CasePaths.Shown(fullPath);
        try
        {
            return CaseParser.Load(shown);
        }
        catch (CaseFormatException e)
        {
            throw element.Error(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw element.Error($"cannot read {shown}: {e.Message}");
        }
    }

    private static (string Name, string? Description) NameAndDescription(RubricElement entry, string kind)
    {
        var nameElement = entry.Field("name")
            ?? throw entry.Error($"a \"{kind}\" entry needs a \"name\" for its case, as in \"name\": \"random-large-zone\"");
        var name = nameElement.String("a case name, as in \"random-large-zone\"");
        if (!CaseNames.IsCaseName(name))
        {
            throw nameElement.Error($"{nameElement.Found} is not a case name; use lower-case letters, digits and '-', starting with a letter or digit, as in \"random-large-zone\"");
        }

        if (entry.Field("description") is not { } descriptionElement)
        {
            return (name, null);
        }

        var description = descriptionElement.String("a sentence saying what the case tests");
        return CaseNames.DescriptionProblem(description) is { } problem ? throw descriptionElement.Error(problem) : (name, description);
    }

    /// <summary>What a case entry takes from the rubric unless it says otherwise.</summary>
    private sealed record EntryDefaults(string RubricFile, string Folder, int Alignment, CasePoints Points, TimeLimit TimeLimit);
}
