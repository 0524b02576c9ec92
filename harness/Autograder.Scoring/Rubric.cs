using Autograder.Cases;
using Autograder.Checking;

namespace Autograder.Scoring;

/// <summary>
/// How a submission is graded (grading.json, read by <see cref="RubricLoader"/>): the cases in order with their
/// points, visibility and time limit, the settings that change what counts as correct, the rules with penalties
/// and the minimum score for CI.
/// </summary>
public sealed record Rubric
{
    /// <summary>The file the rubric was read from, as it was named; empty for a rubric made in code.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>The assignment's title, for report headings.</summary>
    public string Title { get; init; } = "Zone allocator";

    /// <summary>The alignment of every block's offset and footprint: a power of two.</summary>
    public int Alignment { get; init; } = CheckOptions.Default.Alignment;

    /// <summary>How zdump output is compared.</summary>
    public DumpCheckMode DumpCheck { get; init; } = CheckOptions.Default.DumpMode;

    /// <summary>What a case is worth unless its entry says otherwise.</summary>
    public CasePoints Points { get; init; } = CasePoints.CourseDefault;

    /// <summary>How long a case may run unless its entry says otherwise.</summary>
    public TimeLimit TimeLimit { get; init; } = TimeLimit.Auto;

    /// <summary>The percentage of <see cref="MaxScore"/> a submission needs for CI to pass, from 0 to 100.</summary>
    public decimal MinimumScore { get; init; }

    /// <summary>The rules with penalties.</summary>
    public RubricRules Rules { get; init; } = RubricRules.None;

    /// <summary>The cases, in the order they run and are reported; names are unique.</summary>
    public required IReadOnlyList<RubricCase> Cases { get; init; }

    /// <summary>The most a submission can score: every case's points.</summary>
    public decimal MaxScore => Cases.Sum(entry => entry.Points.Total);

    /// <summary>The checker's settings this rubric asks for.</summary>
    public CheckOptions CheckOptions => new() { Alignment = Alignment, DumpMode = DumpCheck };

    /// <summary>
    /// A rubric with the course defaults (4 points a case, alignment 8, exact dumps, no rules) over
    /// <paramref name="cases"/>, every one visible: for grading a folder of cases without a grading.json.
    /// </summary>
    public static Rubric ForCases(IEnumerable<CaseDefinition> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return new Rubric
        {
            Cases = cases.Select(@case => new RubricCase(@case, CasePoints.CourseDefault, Visibility.Visible, TimeLimit.Auto)).ToList(),
        };
    }
}
