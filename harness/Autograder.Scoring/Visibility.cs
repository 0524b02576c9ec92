namespace Autograder.Scoring;

/// <summary>Who sees a case's result, and when; the values Gradescope's <c>visibility</c> field takes.</summary>
public enum Visibility
{
    /// <summary>Always shown to the student (<c>visible</c>).</summary>
    Visible,

    /// <summary>Never shown to the student (<c>hidden</c>); only a one-line summary is written anywhere a student reads.</summary>
    Hidden,

    /// <summary>Shown once the due date has passed (<c>after_due_date</c>).</summary>
    AfterDueDate,

    /// <summary>Shown once the grades are published (<c>after_published</c>).</summary>
    AfterPublished,
}
