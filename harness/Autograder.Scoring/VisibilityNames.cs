namespace Autograder.Scoring;

/// <summary>The names grading.json and Gradescope's results.json give each <see cref="Visibility"/>.</summary>
public static class VisibilityNames
{
    /// <summary>Every visibility by its name, in the order the documentation lists them.</summary>
    public static IReadOnlyDictionary<string, Visibility> All { get; } = new Dictionary<string, Visibility>(StringComparer.Ordinal)
    {
        ["visible"] = Visibility.Visible,
        ["hidden"] = Visibility.Hidden,
        ["after_due_date"] = Visibility.AfterDueDate,
        ["after_published"] = Visibility.AfterPublished,
    };

    /// <summary>The name Gradescope uses: <c>visible</c>, <c>hidden</c>, <c>after_due_date</c> or <c>after_published</c>.</summary>
    public static string Name(this Visibility visibility) => visibility switch
    {
        Visibility.Visible => "visible",
        Visibility.Hidden => "hidden",
        Visibility.AfterDueDate => "after_due_date",
        Visibility.AfterPublished => "after_published",
        _ => throw new ArgumentOutOfRangeException(nameof(visibility), visibility, "not a visibility"),
    };
}
