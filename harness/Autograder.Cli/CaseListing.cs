using System.Globalization;
using Autograder.Scoring;

namespace Autograder.Cli;

/// <summary>
/// <c>autograder cases list</c>: the rubric's cases as a table (name, points, visibility, steps, what each
/// tests), hidden ones included, then the total.
/// </summary>
internal static class CaseListing
{
    private const int DescriptionWidth = 60;

    public static int Run(string? rubricPath, TextWriter console)
    {
        var rubric = RubricSource.Load(rubricPath, null, RepositoryLayout.FindRoot());
        var nameWidth = Math.Max("case".Length, rubric.Cases.Max(entry => entry.Name.Length));
        var visibilityWidth = Math.Max("visibility".Length, rubric.Cases.Max(entry => entry.Visibility.Name().Length));
        var pointsWidth = Math.Max("points".Length, rubric.Cases.Max(entry => Points(entry.Points).Length));
        console.WriteLine($"{"case".PadRight(nameWidth)}  {"points".PadRight(pointsWidth)}  {"visibility".PadRight(visibilityWidth)}  {"steps",6}  description");
        foreach (var entry in rubric.Cases)
        {
            var steps = entry.Case.Steps.Count.ToString(CultureInfo.InvariantCulture);
            console.WriteLine(
                $"{entry.Name.PadRight(nameWidth)}  {Points(entry.Points).PadRight(pointsWidth)}  {entry.Visibility.Name().PadRight(visibilityWidth)}  {steps,6}  {Shorten(entry.Case.Description)}");
        }

        console.WriteLine();
        var groups = rubric.Cases
            .GroupBy(entry => entry.Visibility)
            .OrderBy(group => group.Key)
            .Select(group => string.Create(CultureInfo.InvariantCulture, $"{group.Count()} {group.Key.Name()} ({group.Sum(entry => entry.Points.Total):0.##} points)"));
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{rubric.Cases.Count} cases, {rubric.MaxScore:0.##} points (correct + leak-free): {string.Join(", ", groups)}."));
        return ExitCodes.Success;
    }

    /// <summary>A case's points as its two parts: <c>3+1</c>.</summary>
    private static string Points(CasePoints points) =>
        string.Create(CultureInfo.InvariantCulture, $"{points.Correctness:0.##}+{points.LeakFree:0.##}");

    private static string Shorten(string description) =>
        description.Length <= DescriptionWidth ? description : description[..(DescriptionWidth - 3)].TrimEnd() + "...";
}
