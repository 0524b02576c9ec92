using Autograder.Cases;
using Autograder.Scoring;

namespace Autograder.Cli;

/// <summary>
/// The case a command is given: a case of the rubric by its name, or a .case file by its path. A case the
/// rubric keeps from students is refused by name, so that its steps are never shown to them; an instructor
/// passes its file instead.
/// </summary>
internal static class CaseLookup
{
    /// <summary>The case and its rubric entry, with the rubric it was found in (for its alignment and limits).</summary>
    public static (Rubric Rubric, RubricCase Entry) Find(string nameOrPath, string? rubricPath)
    {
        var root = RepositoryLayout.FindRoot();
        if (IsPath(nameOrPath))
        {
            var @case = Parse(nameOrPath);
            var rubric = rubricPath is null && root is null ? Rubric.ForCases([@case]) : RubricSource.Load(rubricPath, null, root);
            var full = Path.GetFullPath(nameOrPath);
            var entry = rubric.Cases.FirstOrDefault(c => c.Case.Source.Length > 0 && Path.GetFullPath(c.Case.Source) == full);
            return (rubric, (entry ?? new RubricCase(@case, rubric.Points, Visibility.Visible, rubric.TimeLimit)) with { Case = @case });
        }

        var named = RubricSource.Load(rubricPath, null, root);
        var found = named.Cases.FirstOrDefault(c => c.Name == nameOrPath);
        if (found is null)
        {
            var guess = Spelling.Closest(nameOrPath, named.Cases.Where(c => c.Visibility == Visibility.Visible).Select(c => c.Name));
            var hint = guess is null ? string.Empty : $"did you mean '{guess}'? ";
            throw new UserInputException($"no case '{nameOrPath}' in {RubricName(named)}; {hint}'autograder cases list' shows the cases, or pass the path of a .case file");
        }

        if (found.Visibility != Visibility.Visible)
        {
            throw new UserInputException(
                $"'{found.Name}' is {Hidden(found.Visibility)}: students cannot see its steps. If you are the instructor, pass its file instead: {found.Case.Source}");
        }

        return (named, found);
    }

    /// <summary>What a message calls the rubric: its file, or the repository's grading.json.</summary>
    public static string RubricName(Rubric rubric) => rubric.Source.Length > 0 ? CasePaths.Shown(rubric.Source) : "the rubric";

    private static string Hidden(Visibility visibility) => visibility switch
    {
        Visibility.AfterDueDate => "hidden until the due date",
        Visibility.AfterPublished => "hidden until the grades are published",
        _ => "hidden",
    };

    private static bool IsPath(string argument) =>
        argument.EndsWith(".case", StringComparison.OrdinalIgnoreCase) || argument.Contains('/') || argument.Contains('\\') || File.Exists(argument);

    private static CaseDefinition Parse(string path)
    {
        if (!File.Exists(path))
        {
            throw new UserInputException($"'{path}' does not exist; pass a case name from the rubric ('autograder cases list' shows them) or the path of a .case file");
        }

        try
        {
            return CaseParser.Load(path);
        }
        catch (CaseFormatException e)
        {
            throw new UserInputException(e.Message);
        }
    }
}
