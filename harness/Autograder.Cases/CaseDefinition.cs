namespace Autograder.Cases;

/// <summary>
/// A named sequence of operations over named zones and blocks. The reference decides what every step
/// must return, so a case needs no expected values.
/// </summary>
public sealed record CaseDefinition
{
    /// <summary>The case's name: lower case words joined by '-'.</summary>
    public required string Name { get; init; }

    /// <summary>What the case tests, in words a student understands.</summary>
    public required string Description { get; init; }

    /// <summary>The file the case was read from (a case file or a trace), for messages; may be empty.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>The steps, in order.</summary>
    public required IReadOnlyList<CaseStep> Steps { get; init; }

    /// <summary>The name of each zone slot.</summary>
    public required IReadOnlyList<string> ZoneNames { get; init; }

    /// <summary>The name of each block slot.</summary>
    public required IReadOnlyList<string> BlockNames { get; init; }

    /// <summary>The most bytes the heap hands out at once during this case, or null for no limit.</summary>
    public ulong? HeapLimit { get; init; }

    /// <summary>Where a step came from: <c>cases/public/x.case:12</c>, or its number when generated.</summary>
    public string Locate(int stepIndex)
    {
        var line = Steps[stepIndex].Line;
        return line > 0 ? $"{Source}:{line}" : $"{Source} step {stepIndex + 1}";
    }
}
